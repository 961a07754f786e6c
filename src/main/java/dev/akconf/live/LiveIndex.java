package dev.akconf.live;

import dev.akconf.kinds.Kind;
import dev.akconf.kinds.KindAdapter;
import dev.akconf.kinds.RefLookup;
import dev.akconf.model.RefTarget;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one index of live objects: each kind's objects by pk, URL key, identity and marker (what plan
 * pairs on and apply looks up), and the natural key ↔ pk tables references are resolved and shown
 * with. Lookups are exact, as Authentik's unique constraints are; where several objects share a key,
 * the first in server order wins.
 *
 * <p>Reference tables are added while reading ({@link #add}); the kinds' tables are built once, by
 * {@link #withKinds}, which returns a new index. After that nothing changes it, so threads may share it.
 */
public final class LiveIndex implements RefLookup {

    private final Map<RefTarget, Map<String, JsonNode>> byKey = new EnumMap<>(RefTarget.class);
    private final Map<RefTarget, Map<String, JsonNode>> byPk = new EnumMap<>(RefTarget.class);
    private final Map<RefTarget, Boolean> loaded = new EnumMap<>(RefTarget.class);
    private final Map<Kind, KindTable> kinds = new EnumMap<>(Kind.class);

    /** An index of the kinds' objects only (apply's re-reads). */
    public static LiveIndex of(Map<Kind, List<ObjectNode>> objects) {
        return new LiveIndex().withKinds(objects);
    }

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

    /** A new index with these reference tables and the tables of {@code objects} (and no other kind's), by kind. */
    public LiveIndex withKinds(Map<Kind, List<ObjectNode>> objects) {
        LiveIndex out = new LiveIndex();
        byKey.forEach((t, m) -> out.byKey.put(t, new HashMap<>(m)));
        byPk.forEach((t, m) -> out.byPk.put(t, new HashMap<>(m)));
        out.loaded.putAll(loaded);
        objects.forEach((kind, list) -> out.kinds.put(kind, new KindTable(kind.adapter(), list)));
        return out;
    }

    public boolean isLoaded(RefTarget target) {
        return loaded.getOrDefault(target, false);
    }

    @Override
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

    @Override
    public Optional<String> displayName(RefTarget target, JsonNode pk) {
        if (pk == null || pk.isNull()) {
            return Optional.empty();
        }
        JsonNode o = byPk.getOrDefault(target, Map.of()).get(pk.asString());
        return o == null ? Optional.empty() : Optional.of(o.path(target.keyFields().get(0)).asString());
    }

    /** The first object of {@code kind} whose pk is {@code pk}. */
    public Optional<ObjectNode> byPk(Kind kind, String pk) {
        KindTable t = kinds.get(kind);
        Integer i = pk == null || t == null ? null : t.byPk.get(pk);
        return i == null ? Optional.empty() : Optional.of(t.objects.get(i));
    }

    /** The first object of {@code kind} whose pk or URL key is {@code id} (an {@code id:} adopts it). */
    public Optional<ObjectNode> byId(Kind kind, String id) {
        KindTable t = kinds.get(kind);
        if (t == null) {
            return Optional.empty();
        }
        Integer pk = t.byPk.get(id);
        Integer url = t.byUrlKey.get(id);
        if (pk == null && url == null) {
            return Optional.empty();
        }
        return Optional.of(t.objects.get(pk == null ? url : url == null ? pk : Math.min(pk, url)));
    }

    /**
     * The object a declaration of {@code kind} with {@code identity} describes: the one marked for it
     * ({@link KindAdapter#markedIdentity}), else the first with that identity.
     */
    public Optional<ObjectNode> named(Kind kind, String identity) {
        KindTable t = kinds.get(kind);
        if (t == null || identity == null) {
            return Optional.empty();
        }
        ObjectNode marked = t.byMarker.get(identity);
        return Optional.ofNullable(marked != null ? marked : t.byIdentity.get(identity));
    }

    /** One kind's live objects by each key they are found on. */
    private static final class KindTable {
        final List<ObjectNode> objects;
        final Map<String, Integer> byPk = new HashMap<>();
        final Map<String, Integer> byUrlKey = new HashMap<>();
        final Map<String, ObjectNode> byIdentity = new HashMap<>();
        final Map<String, ObjectNode> byMarker = new HashMap<>();

        KindTable(KindAdapter adapter, List<ObjectNode> objects) {
            this.objects = List.copyOf(objects);
            String urlKey = adapter.spec().urlKeyField();
            for (int i = 0; i < this.objects.size(); i++) {
                ObjectNode o = this.objects.get(i);
                byPk.putIfAbsent(o.path("pk").asString(), i);
                byUrlKey.putIfAbsent(o.path(urlKey).asString(), i);
                String identity = adapter.identity(o);
                if (identity != null) {
                    byIdentity.putIfAbsent(identity, o);
                }
                adapter.markedIdentity(o).ifPresent(m -> byMarker.putIfAbsent(m, o));
            }
        }
    }
}
