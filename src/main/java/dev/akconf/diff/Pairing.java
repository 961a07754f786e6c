package dev.akconf.diff;

import dev.akconf.config.Resource;
import dev.akconf.live.LiveState;
import dev.akconf.kinds.Kind;
import dev.akconf.kinds.KindSpec;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * Finds the live object a declared resource describes: by {@code id} when given (adopting an object
 * whatever its current name), else by natural key. The embedded outpost is found by its
 * {@code managed} marker, as Authentik's own UI does. Where several live objects qualify, the first
 * in server order wins.
 *
 * <p>{@link #index(LiveState)} looks each kind's objects up once, so pairing N resources is O(N);
 * {@link #match(Resource, LiveState)} scans the live list and suits a single lookup.
 */
public final class Pairing {

    private final Map<Kind, KindIndex> kinds = new EnumMap<>(Kind.class);

    private Pairing(LiveState live) {
        for (Kind kind : Kind.values()) {
            kinds.put(kind, new KindIndex(kind.spec(), live.of(kind)));
        }
    }

    /** An index of every live object by pk, URL key, natural key and embedded-outpost marker. */
    public static Pairing index(LiveState live) {
        return new Pairing(live);
    }

    /** The live object {@code r} describes, as {@link #match(Resource, LiveState)} finds it, in O(1). */
    public Optional<ObjectNode> match(Resource r) {
        KindIndex index = kinds.get(r.kind());
        if (r.id() != null) {
            return index.byId(r.id());
        }
        if (isEmbeddedOutpost(r) && index.embedded != null) {
            return Optional.of(index.embedded);
        }
        return Optional.ofNullable(index.byIdentity.get(r.key().identity()));
    }

    /**
     * The live binding with the same target and subject as the resolved {@code desired} body; empty
     * when either is created by this plan (no live binding can point at it yet).
     */
    public Optional<ObjectNode> matchBinding(ObjectNode desired) {
        String key = bindingKey(desired);
        return key == null ? Optional.empty() : Optional.ofNullable(kinds.get(Kind.POLICY_BINDING).byIdentity.get(key));
    }

    /** {@code <target pk>|<subject field>=<subject pk>}, or null when a part is missing or pending. */
    public static String bindingKey(tools.jackson.databind.JsonNode body) {
        tools.jackson.databind.JsonNode target = body.get("target");
        if (target == null || !target.isValueNode()) {
            return null;
        }
        for (String subject : dev.akconf.kinds.Identities.BINDING_SUBJECTS) {
            tools.jackson.databind.JsonNode v = body.get(subject);
            if (v != null && !v.isNull()) {
                return v.isValueNode() ? target.asString() + "|" + subject + "=" + v.asString() : null;
            }
        }
        return null;
    }

    /** The same answer as {@link #match(Resource)}, by scanning: fine for one resource, O(N²) for N. */
    public static Optional<ObjectNode> match(Resource r, LiveState live) {
        KindSpec spec = r.kind().spec();
        if (r.id() != null) {
            return live.of(r.kind()).stream()
                    .filter(o -> r.id().equals(o.path("pk").asString()) || r.id().equals(o.path(spec.urlKeyField()).asString()))
                    .findFirst();
        }
        if (isEmbeddedOutpost(r)) {
            Optional<ObjectNode> embedded = live.of(Kind.OUTPOST).stream()
                    .filter(Pairing::isEmbeddedMarker)
                    .findFirst();
            if (embedded.isPresent()) {
                return embedded;
            }
        }
        return live.of(r.kind()).stream()
                .filter(o -> r.key().identity().equals(o.path(spec.liveIdentity()).asString(null)))
                .findFirst();
    }

    private static boolean isEmbeddedOutpost(Resource r) {
        return r.kind() == Kind.OUTPOST && r.key().identity().equals(dev.akconf.kinds.OutpostAdapter.EMBEDDED_NAME);
    }

    private static boolean isEmbeddedMarker(ObjectNode o) {
        return dev.akconf.kinds.OutpostAdapter.EMBEDDED_MANAGED.equals(o.path("managed").asString(null));
    }

    /** One kind's live objects by each key a resource may be paired on; the first in server order wins. */
    private static final class KindIndex {
        final List<ObjectNode> objects;
        final Map<String, Integer> byPk = new HashMap<>();
        final Map<String, Integer> byUrlKey = new HashMap<>();
        final Map<String, ObjectNode> byIdentity = new HashMap<>();
        ObjectNode embedded;

        KindIndex(KindSpec spec, List<ObjectNode> objects) {
            this.objects = objects;
            for (int i = 0; i < objects.size(); i++) {
                ObjectNode o = objects.get(i);
                byPk.putIfAbsent(o.path("pk").asString(), i);
                byUrlKey.putIfAbsent(o.path(spec.urlKeyField()).asString(), i);
                String identity = spec.kind() == Kind.POLICY_BINDING ? bindingKey(o) : o.path(spec.liveIdentity()).asString(null);
                if (identity != null) {
                    byIdentity.putIfAbsent(identity, o);
                }
                if (embedded == null && spec.kind() == Kind.OUTPOST && isEmbeddedMarker(o)) {
                    embedded = o;
                }
            }
        }

        /** The first object whose pk or URL key is {@code id}. */
        Optional<ObjectNode> byId(String id) {
            Integer pk = byPk.get(id);
            Integer url = byUrlKey.get(id);
            if (pk == null && url == null) {
                return Optional.empty();
            }
            return Optional.of(objects.get(pk == null ? url : url == null ? pk : Math.min(pk, url)));
        }
    }
}
