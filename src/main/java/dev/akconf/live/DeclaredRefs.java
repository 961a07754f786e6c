package dev.akconf.live;

import dev.akconf.config.Resource;
import dev.akconf.kinds.Identities;
import dev.akconf.kinds.Kind;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Where a reference field's declared value stands in a resource. Most stand in {@code spec}; a policy
 * binding's target and subject stand beside it ({@code target: {application: grafana}},
 * {@code group: staff}) and are references all the same: they must make their tables be read.
 */
public final class DeclaredRefs {

    private DeclaredRefs() {
    }

    /** The document pointer of reference {@code field} (e.g. {@code /spec/certificate}, {@code /target/application}). */
    public static String pointer(Resource r, String field) {
        if (r.kind() == Kind.POLICY_BINDING) {
            if (field.equals("target")) {
                return "/target/application";
            }
            if (Identities.BINDING_SUBJECTS.contains(field)) {
                return "/" + field;
            }
        }
        return "/spec/" + field;
    }

    /** The declared value of reference {@code field}, if any (null counts as none). */
    public static Optional<JsonNode> value(Resource r, String field) {
        JsonNode v = r.document().root().at(pointer(r, field));
        if (!pointer(r, field).startsWith("/spec/")) {
            return v.isMissingNode() || v.isNull() ? Optional.empty() : Optional.of(v);
        }
        // spec, not the raw document: it holds the values after ${VAR} substitution.
        JsonNode s = r.spec().get(field);
        return s == null || s.isNull() ? Optional.empty() : Optional.of(s);
    }
}
