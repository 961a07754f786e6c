package dev.akconf.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The pure pieces of the guardrails: quantities, the /dev/shm volume in a patch list, the arithmetic. */
class RuleMathTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void kubernetesQuantities() {
        assertEquals(Optional.of(512L * 1024 * 1024), Quantities.bytes("512Mi"));
        assertEquals(Optional.of(1L << 30), Quantities.bytes("1Gi"));
        assertEquals(Optional.of(500_000_000L), Quantities.bytes("500M"));
        assertEquals(Optional.of(1_000_000_000L), Quantities.bytes("1e9"));
        assertEquals(Optional.of(64_000_000L), Quantities.bytes("64000000"));
        assertEquals(Optional.of(1536L * 1024 * 1024), Quantities.bytes("1.5Gi"));
        assertTrue(Quantities.bytes("512MB").isEmpty(), "MB is not a Kubernetes suffix");
        assertTrue(Quantities.bytes("lots").isEmpty());
        assertEquals("64 MiB", Quantities.human(64L * 1024 * 1024));
        assertEquals("1.5 GiB", Quantities.human(1536L * 1024 * 1024));
    }

    @Test
    void incidentFigures() {
        SessionStore s = new SessionStore(18, BigDecimal.valueOf(7 * 86400), ShmVolume.DEFAULT_BYTES, 1500);
        assertEquals(181_440, Math.round(s.steadyStateFiles()));
        assertEquals(44_739, s.capacityFiles());
        assertEquals(41, Math.round(s.hoursToFill()));
        assertEquals("181,440 session files expected (18/min for 7 d), room for 44,739 in 64 MiB /dev/shm: full in about 41 h, "
                + "before sessions expire; every login then fails with HTTP 400", s.describe());
    }

    @Test
    void reviewedFixFigures() {
        SessionStore s = new SessionStore(18, BigDecimal.valueOf(86400), 512L * 1024 * 1024, 1500);
        assertEquals(25_920, Math.round(s.steadyStateFiles()));
        assertEquals(357_913, s.capacityFiles());
        assertTrue(s.fillRatio() < 0.08);
        assertTrue(s.describe().endsWith(": 7 % full at steady state"), s.describe());
    }

    private static JsonNode patches(String json) {
        return JSON.readTree(json);
    }

    @Test
    void shmSizeFromWholeListsOrAppends() {
        assertEquals(Optional.of(512L << 20), ShmVolume.size(patches("""
                [{"op": "add", "path": "/spec/template/spec/volumes",
                  "value": [{"name": "dshm", "emptyDir": {"medium": "Memory", "sizeLimit": "512Mi"}}]},
                 {"op": "add", "path": "/spec/template/spec/containers/0/volumeMounts",
                  "value": [{"name": "dshm", "mountPath": "/dev/shm"}]}]""")));
        assertEquals(Optional.of(1L << 30), ShmVolume.size(patches("""
                [{"op": "add", "path": "/spec/template/spec/volumes/-",
                  "value": {"name": "s", "emptyDir": {"medium": "Memory", "sizeLimit": "1Gi"}}},
                 {"op": "add", "path": "/spec/template/spec/containers/0/volumeMounts/-",
                  "value": {"name": "s", "mountPath": "/dev/shm"}}]""")));
    }

    @Test
    void noShmWithoutAMountOrOnDisk() {
        assertTrue(ShmVolume.size(patches("""
                [{"op": "add", "path": "/spec/template/spec/volumes",
                  "value": [{"name": "dshm", "emptyDir": {"medium": "Memory", "sizeLimit": "512Mi"}}]}]""")).isEmpty(), "not mounted");
        assertTrue(ShmVolume.size(patches("""
                [{"op": "add", "path": "/spec/template/spec/volumes", "value": [{"name": "d", "emptyDir": {}}]},
                 {"op": "add", "path": "/spec/template/spec/containers/0/volumeMounts",
                  "value": [{"name": "d", "mountPath": "/dev/shm"}]}]""")).isEmpty(), "disk-backed emptyDir is no tmpfs");
        assertEquals(Optional.of(Long.MAX_VALUE), ShmVolume.size(patches("""
                [{"op": "add", "path": "/spec/template/spec/volumes", "value": [{"name": "d", "emptyDir": {"medium": "Memory"}}]},
                 {"op": "add", "path": "/spec/template/spec/containers/0/volumeMounts",
                  "value": [{"name": "d", "mountPath": "/dev/shm"}]}]""")), "no sizeLimit: bounded by pod memory only");
    }

    @Test
    void deploymentPaths() {
        assertTrue(DeploymentPaths.problem("/spec/template/spec/volumes/-").isEmpty());
        assertTrue(DeploymentPaths.problem("/spec/template/spec/containers/0/resources/limits/memory").isEmpty());
        assertTrue(DeploymentPaths.problem("/metadata/annotations/a~1b").isEmpty());
        assertEquals(Optional.of("\"volume\" is not a field at /spec/template/spec — did you mean \"volumes\"?"),
                DeploymentPaths.problem("/spec/template/spec/volume"));
        assertEquals(Optional.of("\"volumeMount\" is not a field at /spec/template/spec/containers/0 — did you mean \"volumeMounts\"?"),
                DeploymentPaths.problem("/spec/template/spec/containers/0/volumeMount"));
        assertTrue(DeploymentPaths.problem("/spec/template/spec/containers/first/image").get().contains("must be a list index"));
        assertTrue(DeploymentPaths.problem("/spec/templates/spec").get().contains("did you mean \"template\""));
    }
}
