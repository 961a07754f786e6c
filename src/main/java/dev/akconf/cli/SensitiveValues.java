package dev.akconf.cli;

import dev.akconf.config.Resource;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The substituted values of secret-looking {@code ${VAR}}s in a configuration, handed to the HTTP
 * client so that an Authentik error quoting one (a 400 repeating the value it refused) is masked like
 * the token.
 */
final class SensitiveValues {

    private SensitiveValues() {
    }

    static Set<String> of(List<Resource> resources) {
        Set<String> out = new LinkedHashSet<>();
        for (Resource r : resources) {
            for (String pointer : r.secrets().keySet()) {
                if (pointer.startsWith("/spec/")) {
                    collect(r.spec().at(pointer.substring("/spec".length())), out);
                } else if (r.kind().identityField() != null && pointer.equals("/" + r.kind().identityField())) {
                    out.add(r.key().identity());
                }
            }
        }
        return out;
    }

    private static void collect(JsonNode v, Set<String> out) {
        if (v == null || v.isMissingNode()) {
            return;
        }
        if (v.isString()) {
            out.add(v.stringValue());
        } else if (v.isContainer()) {
            v.forEach(child -> collect(child, out));
        }
    }
}
