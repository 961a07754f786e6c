package dev.akconf.rules;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The volumes and volume mounts a Deployment's JSON patch operations add, read from the operations
 * themselves (AK003's "did you mean" layer; what /dev/shm becomes is the controller dry-run's
 * {@code ShmMount}).
 */
public final class ShmVolume {

    static final String VOLUMES = "/spec/template/spec/volumes";
    static final String MOUNTS = "/volumeMounts";
    static final String CONTAINERS = "/spec/template/spec/containers/";

    private ShmVolume() {
    }

    /** A volume or mount a patch adds, with the operation index that adds it (for positions). */
    public record Added(int op, JsonNode value) {
    }

    /** Volumes added by {@code add}/{@code replace} operations on the pod's volume list. */
    public static List<Added> volumes(JsonNode patches) {
        return added(patches, path -> path.equals(VOLUMES) || path.startsWith(VOLUMES + "/"));
    }

    /** Mounts added to any container's {@code volumeMounts}. */
    public static List<Added> mounts(JsonNode patches) {
        return added(patches, path -> path.startsWith(CONTAINERS) && (path.endsWith(MOUNTS) || path.contains(MOUNTS + "/")));
    }

    private static List<Added> added(JsonNode patches, java.util.function.Predicate<String> where) {
        List<Added> out = new ArrayList<>();
        if (patches == null || !patches.isArray()) {
            return out;
        }
        for (int i = 0; i < patches.size(); i++) {
            JsonNode op = patches.get(i);
            String kind = op.path("op").asString("");
            String path = op.path("path").asString("");
            if (!(kind.equals("add") || kind.equals("replace")) || !where.test(path)) {
                continue;
            }
            JsonNode value = op.get("value");
            if (value != null && value.isArray()) {
                for (JsonNode v : value) {
                    out.add(new Added(i, v));
                }
            } else if (value != null && value.isObject()) {
                out.add(new Added(i, value));
            }
        }
        return out;
    }
}
