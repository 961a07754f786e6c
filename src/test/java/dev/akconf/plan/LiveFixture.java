package dev.akconf.plan;

import dev.akconf.live.LiveState;
import dev.akconf.live.RefIndex;
import dev.akconf.kinds.Kind;
import dev.akconf.model.RefTarget;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
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
        RefIndex refs = new RefIndex();
        refs.add(RefTarget.PROVIDER, objects.get(Kind.PROXY_PROVIDER));
        for (RefTarget target : RefTarget.values()) {
            if (fixture.has(target.listPath())) {
                refs.add(target, objects(fixture.get(target.listPath())));
            }
        }
        JsonNode defaults = fixture.path("/outposts/instances/default_settings/").path("config");
        return new LiveState("https://authentik.test/api/v3",
                fixture.path("/admin/version/").path("version_current").asString("2026.2.2"), objects, refs,
                defaults.isObject() ? (ObjectNode) defaults : JsonNodeFactory.instance.objectNode());
    }

    private static List<ObjectNode> objects(JsonNode list) {
        List<ObjectNode> out = new ArrayList<>();
        list.forEach(o -> out.add((ObjectNode) o));
        return out;
    }
}
