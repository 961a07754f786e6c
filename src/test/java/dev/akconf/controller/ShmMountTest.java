package dev.akconf.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ShmMountTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long MI = 1024L * 1024;

    /** A Deployment with these volumes and the proxy container's mounts and resources. */
    private static JsonNode deployment(String volumes, String mounts, String resources) {
        return JSON.readTree("""
                {"spec": {"template": {"spec": {"volumes": %s, "containers": [
                  {"name": "proxy", "volumeMounts": %s, "resources": %s}]}}}}""".formatted(volumes, mounts, resources));
    }

    private static final String MOUNT = "[{\"name\": \"dshm\", \"mountPath\": \"/dev/shm\"}]";

    @Test
    void aDiskEmptyDirIsNotMemory() {
        ShmMount s = ShmMount.of(deployment("[{\"name\": \"dshm\", \"emptyDir\": {\"sizeLimit\": \"1Gi\"}}]", MOUNT, "{}"));
        assertEquals(ShmMount.Status.NOT_MEMORY, s.status());
        assertTrue(s.detail().contains("medium is not Memory"), s.detail());
        assertTrue(s.effectiveBytes().isEmpty());
    }

    @Test
    void anotherVolumeTypeIsNotMemory() {
        ShmMount s = ShmMount.of(deployment("[{\"name\": \"dshm\", \"hostPath\": {\"path\": \"/tmp\"}}]", MOUNT, "{}"));
        assertEquals(ShmMount.Status.NOT_MEMORY, s.status());
        assertTrue(s.detail().contains("is not an emptyDir"), s.detail());
    }

    @Test
    void aMountOfAMissingVolumeIsSaid() {
        ShmMount s = ShmMount.of(deployment("[{\"name\": \"other\", \"emptyDir\": {\"medium\": \"Memory\"}}]", MOUNT, "{}"));
        assertEquals(ShmMount.Status.MISSING_VOLUME, s.status());
        assertEquals("dshm", s.volumeName());
    }

    @Test
    void aVolumeNotMountedAtDevShmIsNoMount() {
        ShmMount s = ShmMount.of(deployment("[{\"name\": \"dshm\", \"emptyDir\": {\"medium\": \"Memory\"}}]",
                "[{\"name\": \"dshm\", \"mountPath\": \"/tmp\"}]", "{\"limits\": {\"memory\": \"1Gi\"}}"));
        assertEquals(ShmMount.Status.NO_MOUNT, s.status());
        assertEquals(1024 * MI, s.memoryLimitBytes().orElseThrow());
        assertTrue(s.effectiveBytes().isEmpty());
    }

    @Test
    void withoutSizeLimitTheMemoryLimitBounds() {
        JsonNode vol = JSON.readTree("[{\"name\": \"dshm\", \"emptyDir\": {\"medium\": \"Memory\"}}]");
        ShmMount unbounded = ShmMount.of(deployment(vol.toString(), MOUNT, "{}"));
        assertEquals(ShmMount.Status.MEMORY_VOLUME, unbounded.status());
        assertTrue(unbounded.effectiveBytes().isEmpty(), "bounded only by the node");
        ShmMount limited = ShmMount.of(deployment(vol.toString(), MOUNT, "{\"limits\": {\"memory\": \"300M\"}}"));
        assertEquals(300_000_000L, limited.effectiveBytes().orElseThrow());
    }

    @Test
    void aSizeLimitSmallerThanTheMemoryLimitWins() {
        ShmMount s = ShmMount.of(deployment("[{\"name\": \"dshm\", \"emptyDir\": {\"medium\": \"Memory\", \"sizeLimit\": \"128Mi\"}}]",
                "[{\"name\": \"dshm\", \"mountPath\": \"/dev/shm/\"}]", "{\"limits\": {\"memory\": \"1Gi\"}}"));
        assertEquals(128 * MI, s.effectiveBytes().orElseThrow());
    }

    @Test
    void aBadQuantityIsSaid() {
        ShmMount s = ShmMount.of(deployment("[{\"name\": \"dshm\", \"emptyDir\": {\"medium\": \"Memory\", \"sizeLimit\": \"512MB\"}}]", MOUNT, "{}"));
        assertEquals(ShmMount.Status.INVALID_QUANTITY, s.status());
    }

    @Test
    void aMissingContainerIsSaid() {
        ShmMount s = ShmMount.of(deployment("[]", MOUNT, "{}"), "ldap");
        assertEquals(ShmMount.Status.NO_CONTAINER, s.status());
    }
}
