package dev.akconf.apply;

import dev.akconf.authentik.AuthentikClient;
import dev.akconf.model.Kind;
import dev.akconf.model.KindSpec;
import dev.akconf.model.KindSpecs;
import dev.akconf.model.ResourceKey;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The live objects of some kinds, read with one list per kind, and found by pk or natural key. */
final class LiveSnapshot {

    private final Map<Kind, List<JsonNode>> objects = new EnumMap<>(Kind.class);

    static LiveSnapshot read(AuthentikClient client, Set<Kind> kinds) {
        LiveSnapshot s = new LiveSnapshot();
        for (Kind kind : kinds) {
            KindSpec spec = KindSpecs.of(kind);
            s.objects.put(kind, client.listAll(spec.listPath(), spec.listQuery()));
        }
        return s;
    }

    Optional<ObjectNode> byPk(Kind kind, String pk) {
        return objects.getOrDefault(kind, List.of()).stream()
                .filter(o -> pk != null && pk.equals(o.path("pk").asString()))
                .map(o -> (ObjectNode) o).findFirst();
    }

    /** By natural key; the embedded outpost by its managed marker, as plan pairs it. */
    Optional<ObjectNode> byKey(ResourceKey key) {
        KindSpec spec = KindSpecs.of(key.kind());
        List<JsonNode> live = objects.getOrDefault(key.kind(), List.of());
        if (key.kind() == Kind.OUTPOST && key.identity().equals(KindSpecs.EMBEDDED_OUTPOST_NAME)) {
            Optional<ObjectNode> embedded = live.stream()
                    .filter(o -> KindSpecs.EMBEDDED_OUTPOST_MANAGED.equals(o.path("managed").asString(null)))
                    .map(o -> (ObjectNode) o).findFirst();
            if (embedded.isPresent()) {
                return embedded;
            }
        }
        return live.stream().filter(o -> key.identity().equals(o.path(spec.liveIdentity()).asString(null)))
                .map(o -> (ObjectNode) o).findFirst();
    }
}
