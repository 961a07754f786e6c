package dev.akconf.rules;

import dev.akconf.controller.Quantities;

/**
 * The /dev/shm a standalone outpost's container writes its session files into, and where its size
 * comes from. Without a memory {@code emptyDir} mounted there it is the container runtime's default
 * 64 MiB tmpfs. A memory {@code emptyDir} is a tmpfs of its {@code sizeLimit}, but never larger than
 * the pod's memory limit (Kubernetes' sized memory-backed volumes); with neither it is bounded only
 * by the node's memory. Its pages are charged to the container that writes them, so session files
 * also count against the container's memory limit.
 *
 * @param bytes       the tmpfs size ({@code Long.MAX_VALUE} when unbounded)
 * @param source      how the size was found, for messages ("the container runtime's default")
 * @param memoryLimit the container's memory limit in bytes, or null when the patches set none
 */
public record ShmSize(long bytes, String source, Long memoryLimit) {

    /** The container runtime's default /dev/shm (containerd, CRI-O and Docker: 64 MiB). */
    public static final long DEFAULT_BYTES = 64L * 1024 * 1024;

    /** No memory volume at /dev/shm: the runtime's 64 MiB. */
    public static ShmSize runtimeDefault(Long memoryLimit) {
        return new ShmSize(DEFAULT_BYTES, "the container runtime's default", memoryLimit);
    }

    /**
     * A memory {@code emptyDir} mounted at /dev/shm.
     *
     * @param sizeLimit   its {@code sizeLimit} in bytes, or null when it has none
     * @param memoryLimit the container's memory limit in bytes, or null
     */
    public static ShmSize memoryVolume(Long sizeLimit, Long memoryLimit) {
        if (sizeLimit == null && memoryLimit == null) {
            return new ShmSize(Long.MAX_VALUE, "a memory emptyDir without sizeLimit or memory limit", null);
        }
        if (sizeLimit == null) {
            return new ShmSize(memoryLimit, "a memory emptyDir without sizeLimit, bounded by the memory limit", memoryLimit);
        }
        if (memoryLimit != null && memoryLimit < sizeLimit) {
            return new ShmSize(memoryLimit, "a memory emptyDir's " + Quantities.human(sizeLimit)
                    + " sizeLimit, capped by the container's memory limit", memoryLimit);
        }
        return new ShmSize(sizeLimit, "a memory emptyDir", memoryLimit);
    }

    public boolean unbounded() {
        return bytes == Long.MAX_VALUE;
    }

    public boolean countsAgainstMemoryLimit() {
        return memoryLimit != null;
    }
}
