package dev.akconf.live;

import dev.akconf.config.Resource;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Where a reference field's declared value stands in a resource: in {@code spec}, or where its kind's
 * adapter says ({@code KindAdapter.declaredPointer}: a binding's target and subject stand beside spec)
 * and are references all the same: they must make their tables be read.
 */
public final class DeclaredRefs {

    private DeclaredRefs() {
    }

    /** The document pointer of reference {@code field} (e.g. {@code /spec/certificate}, {@code /target/application}). */
    public static String pointer(Resource r, String field) {
        return r.kind().adapter().declaredPointer(field);
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
