package dev.akconf.live;

import dev.akconf.model.RefTarget;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Natural key ↔ pk tables for the objects references point at, built from list responses.
 * Lookups by key are exact, as Authentik's unique constraints are.
 */
public final class RefIndex {

    private final Map<RefTarget, Map<String, JsonNode>> byKey = new EnumMap<>(RefTarget.class);
    private final Map<RefTarget, Map<String, JsonNode>> byPk = new EnumMap<>(RefTarget.class);
    private final Map<RefTarget, Boolean> loaded = new EnumMap<>(RefTarget.class);

    /** Indexes live objects of {@code target}; may be called more than once (proxy providers, then all providers). */
    public void add(RefTarget target, List<? extends JsonNode> objects) {
        loaded.put(target, true);
        Map<String, JsonNode> keys = byKey.computeIfAbsent(target, t -> new HashMap<>());
        Map<String, JsonNode> pks = byPk.computeIfAbsent(target, t -> new HashMap<>());
        for (JsonNode o : objects) {
            pks.putIfAbsent(o.path("pk").asString(), o);
            for (String field : target.keyFields()) {
                JsonNode v = o.get(field);
                if (v != null && v.isString() && !v.asString().isEmpty()) {
                    keys.putIfAbsent(field + "\u0000" + v.asString(), o);
                }
            }
        }
    }

    public boolean isLoaded(RefTarget target) {
        return loaded.getOrDefault(target, false);
    }

    /** The live object whose natural key (or, failing that, pk) is {@code value}. */
    public Optional<JsonNode> find(RefTarget target, String value) {
        Map<String, JsonNode> keys = byKey.getOrDefault(target, Map.of());
        for (String field : target.keyFields()) {
            JsonNode o = keys.get(field + "\u0000" + value);
            if (o != null) {
                return Optional.of(o);
            }
        }
        return Optional.ofNullable(byPk.getOrDefault(target, Map.of()).get(value));
    }

    /** The natural key to show for a live pk, e.g. a flow's slug; empty when the pk is unknown. */
    public Optional<String> displayName(RefTarget target, JsonNode pk) {
        if (pk == null || pk.isNull()) {
            return Optional.empty();
        }
        JsonNode o = byPk.getOrDefault(target, Map.of()).get(pk.asString());
        return o == null ? Optional.empty() : Optional.of(o.path(target.keyFields().get(0)).asString());
    }
}
