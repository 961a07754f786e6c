package dev.akconf.plan;

import dev.akconf.live.LiveState;
import dev.akconf.live.LiveIndex;
import dev.akconf.kinds.Kind;
import dev.akconf.model.RefTarget;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Builds a {@link LiveState} in memory from a fixture in the same shape {@code FakeAuthentik} serves. */
public final class LiveFixture {

    private LiveFixture() {
    }

    public static LiveState of(JsonNode fixture) {
        Map<Kind, List<ObjectNode>> objects = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            objects.put(kind, objects(fixture.path(kind.spec().listPath())));
        }
        LiveIndex refs = new LiveIndex();
        refs.add(RefTarget.PROVIDER, objects.get(Kind.PROXY_PROVIDER));
        for (RefTarget target : RefTarget.values()) {
            if (fixture.has(target.listPath())) {
                refs.add(target, objects(fixture.get(target.listPath())));
            }
        }
        Map<String, JsonNode> reads = new java.util.HashMap<>();
        if (fixture.has("/outposts/instances/default_settings/")) {
            reads.put("/outposts/instances/default_settings/", fixture.get("/outposts/instances/default_settings/"));
        }
        return new LiveState("https://authentik.test/api/v3",
                fixture.path("/admin/version/").path("version_current").asString("2026.2.2"), objects, refs, reads);
    }

    private static List<ObjectNode> objects(JsonNode list) {
        List<ObjectNode> out = new ArrayList<>();
        list.forEach(o -> out.add((ObjectNode) o));
        return out;
    }
}
