package dev.akconf.controller;

import java.util.Optional;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * What backs /dev/shm in the outpost's container of a (patched) Deployment: the volume mounted
 * there, its {@code emptyDir} medium and {@code sizeLimit}, and the container's memory limit.
 * A memory {@code emptyDir} is a tmpfs whose size Kubernetes caps at the pod's memory limit, and
 * whose pages count against the container's memory limit, so the usable size is
 * {@link #effectiveBytes()}: the smaller of the two.
 *
 * <p>Standalone proxy outposts keep their session files there ({@code TMPDIR=/dev/shm/} in the
 * proxy image, {@code internal/outpost/proxyv2/filesystemstore}); without a mount, /dev/shm is the
 * container runtime's default 64 MiB tmpfs.
 *
 * @param status           what was found
 * @param container        the container looked at ({@code authentik/outposts/controllers/k8s/deployment.py}: named after the outpost type)
 * @param volumeName       the volume mounted at /dev/shm, or null
 * @param sizeLimitBytes   the memory emptyDir's {@code sizeLimit}; empty without one
 * @param memoryLimitBytes the container's {@code resources.limits.memory}; empty without one
 * @param detail           what was found, for a person
 */
public record ShmMount(Status status, String container, String volumeName, Optional<Long> sizeLimitBytes,
                       Optional<Long> memoryLimitBytes, String detail) {

    /** Where the outpost's sessions live. */
    public static final String PATH = "/dev/shm";

    public enum Status {
        /** A memory {@code emptyDir} is mounted at /dev/shm. */
        MEMORY_VOLUME,
        /** The volume mounted at /dev/shm is not a memory emptyDir (disk emptyDir, hostPath, ...). */
        NOT_MEMORY,
        /** Nothing is mounted at /dev/shm: the runtime's default 64 MiB. */
        NO_MOUNT,
        /** The mount names a volume the pod does not have (Kubernetes rejects the Deployment). */
        MISSING_VOLUME,
        /** The sizeLimit is not a Kubernetes quantity (Kubernetes rejects the Deployment). */
        INVALID_QUANTITY,
        /** The Deployment has no such container. */
        NO_CONTAINER
    }

    /** The smaller of sizeLimit and memory limit for a memory volume; empty when neither bounds it or none is mounted. */
    public Optional<Long> effectiveBytes() {
        if (status != Status.MEMORY_VOLUME) {
            return Optional.empty();
        }
        if (sizeLimitBytes.isPresent() && memoryLimitBytes.isPresent()) {
            return Optional.of(Math.min(sizeLimitBytes.get(), memoryLimitBytes.get()));
        }
        return sizeLimitBytes.isPresent() ? sizeLimitBytes : memoryLimitBytes;
    }

    /** For the first container ({@code deployment.py reconcile} treats {@code containers[0]} as the outpost's). */
    public static ShmMount of(JsonNode deployment) {
        JsonNode first = pod(deployment).path("containers").path(0);
        return of(deployment, first.path("name").asString(""));
    }

    /** For the container of that name (the outpost type, e.g. {@code proxy}). */
    public static ShmMount of(JsonNode deployment, String containerName) {
        JsonNode pod = pod(deployment);
        JsonNode container = first(pod.path("containers"), c -> containerName.equals(c.path("name").asString(null)));
        if (container == null) {
            return new ShmMount(Status.NO_CONTAINER, containerName, null, Optional.empty(), Optional.empty(),
                    "the Deployment has no container named '" + containerName + "'");
        }
        Optional<Long> memory = quantity(container.path("resources").path("limits").path("memory"));
        String memoryNote = memory.map(m -> "; container memory limit " + Quantities.human(m)).orElse("");
        JsonNode mount = first(container.path("volumeMounts"), m -> PATH.equals(m.path("mountPath").asString("").replaceAll("/+$", "")));
        if (mount == null) {
            return new ShmMount(Status.NO_MOUNT, containerName, null, Optional.empty(), memory,
                    "nothing is mounted at /dev/shm in container '" + containerName + "': it has the container runtime's default 64 MiB" + memoryNote);
        }
        String name = mount.path("name").asString("");
        JsonNode volume = first(pod.path("volumes"), v -> name.equals(v.path("name").asString(null)));
        if (volume == null) {
            return new ShmMount(Status.MISSING_VOLUME, containerName, name, Optional.empty(), memory,
                    "container '" + containerName + "' mounts volume '" + name + "' at /dev/shm, but the pod has no volume of that name"
                            + " (Kubernetes rejects the Deployment)");
        }
        JsonNode dir = volume.get("emptyDir");
        if (dir == null || !dir.isObject() || !"Memory".equals(dir.path("medium").asString(""))) {
            String what = dir == null || !dir.isObject() ? "is not an emptyDir" : "is an emptyDir on the node's disk (medium is not Memory)";
            return new ShmMount(Status.NOT_MEMORY, containerName, name, Optional.empty(), memory,
                    "volume '" + name + "' mounted at /dev/shm " + what + ": /dev/shm is not a memory tmpfs" + memoryNote);
        }
        JsonNode limit = dir.get("sizeLimit");
        if (limit == null || limit.isNull()) {
            return new ShmMount(Status.MEMORY_VOLUME, containerName, name, Optional.empty(), memory,
                    "memory emptyDir '" + name + "' at /dev/shm has no sizeLimit: it is bounded only by the pod's memory limit"
                            + memory.map(m -> " (" + Quantities.human(m) + ")").orElse(", or else the node's memory"));
        }
        Optional<Long> size = quantity(limit);
        if (size.isEmpty()) {
            return new ShmMount(Status.INVALID_QUANTITY, containerName, name, Optional.empty(), memory,
                    "memory emptyDir '" + name + "' has sizeLimit " + limit + ", which is not a Kubernetes quantity (Kubernetes rejects the Deployment)");
        }
        return new ShmMount(Status.MEMORY_VOLUME, containerName, name, size, memory,
                "memory emptyDir '" + name + "' of " + Quantities.human(size.get()) + " at /dev/shm in container '" + containerName + "'" + memoryNote);
    }

    /** The first item of {@code list} that {@code wanted} accepts, or null. */
    private static JsonNode first(JsonNode list, Predicate<JsonNode> wanted) {
        for (JsonNode item : list) {
            if (wanted.test(item)) {
                return item;
            }
        }
        return null;
    }

    private static JsonNode pod(JsonNode deployment) {
        return deployment.path("spec").path("template").path("spec");
    }

    private static Optional<Long> quantity(JsonNode q) {
        if (q == null || q.isMissingNode() || q.isNull()) {
            return Optional.empty();
        }
        return Quantities.bytes(q.isNumber() ? q.asString() : q.asString(null));
    }
}
