package dev.akconf.importer;

import dev.akconf.kinds.Kind;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Names of the environment variables that stand in for sensitive values, e.g.
 * {@code AKCONF_PROXY_PROVIDER_GITEA_CLIENT_SECRET}: derived from kind, name and field, so the same
 * object always gets the same name and a reader can tell which value to supply.
 */
final class Placeholders {

    private Placeholders() {
    }

    static String envName(Kind kind, String identity, String field) {
        return "AKCONF_" + token(kind.name()) + "_" + token(identity) + "_" + token(field);
    }

    /** {@code ${NAME}} as it goes in the YAML. */
    static String reference(String envName) {
        return "${" + envName + "}";
    }

    private static String token(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String t = ascii.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        return t.isEmpty() ? "X" : t;
    }
}
