package dev.akconf.importer;

import dev.akconf.kinds.Kind;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which file each imported document goes in: one per kind ({@code proxy-providers.yaml}), or with
 * {@code split} one per resource ({@code proxy-provider-grafana.yaml}). File names are ASCII,
 * lower-case and unique; the order is the documents' order.
 */
public final class FileLayout {

    private FileLayout() {
    }

    public static Map<String, List<ImportedDocument>> files(List<ImportedDocument> documents, boolean split) {
        Map<String, List<ImportedDocument>> out = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (ImportedDocument d : documents) {
            String name = split ? unique(kebab(d.kind()) + "-" + slug(d.identity()), taken) : kebab(d.kind()) + "s";
            out.computeIfAbsent(name + ".yaml", n -> new ArrayList<>()).add(d);
        }
        return out;
    }

    /** {@code ProxyProvider} → {@code proxy-provider}. */
    static String kebab(Kind kind) {
        return kind.label().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** A file-name-safe form of a name: {@code "Domain wide catch all"} → {@code domain-wide-catch-all}. */
    static String slug(String identity) {
        String ascii = Normalizer.normalize(identity, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 80) {
            s = s.substring(0, 80).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "unnamed" : s;
    }

    private static String unique(String base, Set<String> taken) {
        String name = base;
        for (int n = 2; !taken.add(name); n++) {
            name = base + "-" + n;
        }
        return name;
    }
}
