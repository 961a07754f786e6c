package dev.akconf.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * What a Deployment's JSON patches do to /dev/shm: the memory {@code emptyDir} volumes they add and
 * the mounts at /dev/shm that use them. Without such a mount the outpost's /dev/shm is the
 * container runtime's default 64 MiB tmpfs.
 */
public final class ShmVolume {

    /** The container runtime's default /dev/shm (Docker and containerd: 64 MiB). */
    public static final long DEFAULT_BYTES = 64L * 1024 * 1024;

    static final String VOLUMES = "/spec/template/spec/volumes";
    static final String MOUNTS = "/volumeMounts";
    static final String CONTAINERS = "/spec/template/spec/containers/";

    private ShmVolume() {
    }

    /** A volume or mount a patch adds, with the operation index that adds it (for positions). */
    public record Added(int op, JsonNode value) {
    }

    /** Size of the memory volume mounted at /dev/shm; empty when none is; {@code Long.MAX_VALUE} for no sizeLimit. */
    public static Optional<Long> size(JsonNode deploymentPatches) {
        for (Added mount : mounts(deploymentPatches)) {
            if (!"/dev/shm".equals(mount.value().path("mountPath").asString(null))) {
                continue;
            }
            String name = mount.value().path("name").asString(null);
            for (Added volume : volumes(deploymentPatches)) {
                JsonNode dir = volume.value().path("emptyDir");
                if (name != null && name.equals(volume.value().path("name").asString(null))
                        && "Memory".equals(dir.path("medium").asString(null))) {
                    // Without sizeLimit a memory emptyDir is bounded only by the pod's memory.
                    return dir.has("sizeLimit") ? Quantities.bytes(dir.path("sizeLimit").asString(null)) : Optional.of(Long.MAX_VALUE);
                }
            }
        }
        return Optional.empty();
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
