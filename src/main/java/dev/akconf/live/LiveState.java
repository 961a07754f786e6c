package dev.akconf.live;

import dev.akconf.kinds.Kind;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What Authentik holds, read once per plan: every object of each declared kind, the reference
 * tables, and the outpost config defaults the server falls back to for keys a stored config lacks.
 *
 * @param target          the API root read from
 * @param serverVersion   Authentik's {@code version_current}
 * @param objects         live objects per declared kind, in server order
 * @param refs            natural key ↔ pk tables
 * @param outpostDefaults {@code GET /outposts/instances/default_settings/}'s config, or an empty object
 */
public record LiveState(String target, String serverVersion, Map<Kind, List<ObjectNode>> objects, RefIndex refs,
                        ObjectNode outpostDefaults) {

    public LiveState {
        objects = Map.copyOf(objects);
    }

    public List<ObjectNode> of(Kind kind) {
        return objects.getOrDefault(kind, List.of());
    }

    /** The effective value of an outpost config key: stored, else the server default, else missing. */
    public JsonNode outpostConfigValue(JsonNode storedConfig, String key) {
        JsonNode v = storedConfig == null ? null : storedConfig.get(key);
        return v != null ? v : outpostDefaults.path(key);
    }
}
