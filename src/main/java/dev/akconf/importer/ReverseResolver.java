package dev.akconf.importer;

import dev.akconf.live.LiveIndex;
import dev.akconf.model.RefTarget;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Turns live pks and uuids back into the natural keys the YAML uses: flows by slug, scope mappings
 * by their {@code managed} id when Authentik manages them (the same on every installation) else by
 * name, certificates, service connections and providers by name (each {@link RefTarget}'s keys).
 */
final class ReverseResolver {

    private final LiveIndex refs;

    ReverseResolver(LiveIndex refs) {
        this.refs = refs;
    }

    /**
     * The natural key of the object {@code pk} points at, or empty when it is not in the table. A
     * target found by several keys (a scope mapping by name or managed id) is named by its last key
     * the object holds: the managed id, the same on every installation.
     */
    Optional<String> name(RefTarget target, JsonNode pk) {
        Optional<String> key = refs.displayName(target, pk).filter(s -> !s.isEmpty());
        if (target.keyFields().size() < 2 || key.isEmpty()) {
            return key;
        }
        Optional<JsonNode> object = refs.find(target, key.get());
        for (int i = target.keyFields().size() - 1; i >= 0; i--) {
            String field = target.keyFields().get(i);
            JsonNode v = object.map(o -> o.path(field)).orElse(null);
            if (v != null && v.isString() && !v.asString().isEmpty()) {
                return Optional.of(v.asString());
            }
        }
        return key;
    }
}
