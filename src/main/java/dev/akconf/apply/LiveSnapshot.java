package dev.akconf.apply;

import dev.akconf.authentik.AuthentikClient;
import dev.akconf.diff.Pairing;
import dev.akconf.live.ParallelReads;
import dev.akconf.live.ServerCheck;
import dev.akconf.live.ServerFacts;
import dev.akconf.kinds.Kind;
import dev.akconf.kinds.KindSpec;
import dev.akconf.kinds.ResourceKey;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Future;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The live objects of some kinds, read with one list per kind (all at once), and found by pk or natural key in
 * constant time (apply looks up every changed object two or three times). Where several objects
 * share a key, the first in server order wins.
 */
final class LiveSnapshot {

    private final Map<Kind, Map<String, ObjectNode>> byPk = new EnumMap<>(Kind.class);
    private final Map<Kind, Map<String, ObjectNode>> byIdentity = new EnumMap<>(Kind.class);
    private ObjectNode embeddedOutpost;

    /** Reads the kinds' lists at the same time; a failure is the first a one-at-a-time read would meet. */
    static LiveSnapshot read(AuthentikClient client, Set<Kind> kinds) {
        return read(client, kinds, null);
    }

    /**
     * As {@link #read(AuthentikClient, Set)}; with {@code server} non-null, also reads the version and
     * the token's user with the lists ({@link ServerCheck}: a non-superuser is refused, exit 4) and
     * hands the facts to {@code server} before any list is used.
     */
    static LiveSnapshot read(AuthentikClient client, Set<Kind> kinds, java.util.function.Consumer<ServerFacts> server) {
        LiveSnapshot s = new LiveSnapshot();
        try (ParallelReads reads = new ParallelReads()) {
            ServerCheck check = server == null ? null : ServerCheck.start(reads, client);
            Map<Kind, Future<List<JsonNode>>> lists = new EnumMap<>(Kind.class);
            for (Kind kind : kinds) {
                KindSpec spec = kind.spec();
                lists.put(kind, reads.start(() -> dev.akconf.live.AnswerTypes.checked(spec, client.listAll(spec.listPath(), spec.listQuery()))));
            }
            if (check != null) {
                server.accept(check.await());
            }
            for (Kind kind : kinds) {
                s.index(kind.spec(), ParallelReads.await(lists.get(kind)));
            }
        }
        return s;
    }

    private void index(KindSpec spec, List<JsonNode> objects) {
        Map<String, ObjectNode> pks = byPk.computeIfAbsent(spec.kind(), k -> new HashMap<>());
        Map<String, ObjectNode> identities = byIdentity.computeIfAbsent(spec.kind(), k -> new HashMap<>());
        for (JsonNode node : objects) {
            if (!(node instanceof ObjectNode o)) {
                continue; // not an object: nothing can be found by its fields
            }
            pks.putIfAbsent(o.path("pk").asString(), o);
            String identity = spec.kind() == Kind.POLICY_BINDING ? Pairing.bindingKey(o) : o.path(spec.liveIdentity()).asString(null);
            if (identity != null) {
                identities.putIfAbsent(identity, o);
            }
            if (embeddedOutpost == null && spec.kind() == Kind.OUTPOST
                    && dev.akconf.kinds.OutpostAdapter.EMBEDDED_MANAGED.equals(o.path("managed").asString(null))) {
                embeddedOutpost = o;
            }
        }
    }

    Optional<ObjectNode> byPk(Kind kind, String pk) {
        return pk == null ? Optional.empty() : Optional.ofNullable(byPk.getOrDefault(kind, Map.of()).get(pk));
    }

    /** The binding with the target and subject of {@code desired}, as plan pairs bindings. */
    Optional<ObjectNode> byBinding(JsonNode desired) {
        String key = desired == null ? null : Pairing.bindingKey(desired);
        return key == null ? Optional.empty() : Optional.ofNullable(byIdentity.getOrDefault(Kind.POLICY_BINDING, Map.of()).get(key));
    }

    /** By natural key; the embedded outpost by its managed marker, as plan pairs it. */
    Optional<ObjectNode> byKey(ResourceKey key) {
        if (key.kind() == Kind.OUTPOST && key.identity().equals(dev.akconf.kinds.OutpostAdapter.EMBEDDED_NAME) && embeddedOutpost != null) {
            return Optional.of(embeddedOutpost);
        }
        return Optional.ofNullable(byIdentity.getOrDefault(key.kind(), Map.of()).get(key.identity()));
    }
}
