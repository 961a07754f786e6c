package dev.akconf.rules;

import dev.akconf.controller.Quantities;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The pure pieces of the guardrails: quantities, the page arithmetic, the /dev/shm size, Deployment paths. */
class RuleMathTest {

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

    private static final long MIB = 1L << 20;

    @Test
    void tmpfsCountsWholePages() {
        SessionStore s = new SessionStore(18, BigDecimal.valueOf(86400), ShmSize.runtimeDefault(null), 1500, 4096);
        assertEquals(4096, s.bytesOnTmpfs(), "1,500 bytes take one 4 KiB page");
        assertEquals(8192, new SessionStore(18, BigDecimal.ONE, ShmSize.runtimeDefault(null), 4097, 4096).bytesOnTmpfs());
        assertEquals(4096, new SessionStore(18, BigDecimal.ONE, ShmSize.runtimeDefault(null), 4096, 4096).bytesOnTmpfs());
        // The measurement: 2,000 files of 1,500 bytes took 8,192,000 bytes of /dev/shm.
        assertEquals(8_192_000, 2000 * s.bytesOnTmpfs());
        assertEquals(1_024, new SessionStore(18, BigDecimal.ONE, ShmSize.runtimeDefault(null), 1500, 65536).capacityFiles(),
                "64 KiB pages (arm64 nodes): 64 MiB / 64 KiB");
    }

    @Test
    void incidentFiguresIn64MiB() {
        SessionStore s = new SessionStore(18, BigDecimal.valueOf(7 * 86400), ShmSize.runtimeDefault(null), 1500, 4096);
        assertEquals(181_440, Math.round(s.steadyStateFiles()));
        assertEquals(64 * MIB / 4096, s.capacityFiles());
        assertEquals(16_384, s.capacityFiles());
        assertEquals(15, Math.round(s.hoursToFill()), "16,384 / 18 per minute = 910 min");
        assertEquals("181,440 session files expected (18/min for 7 d), 16,384 fit in 64 MiB /dev/shm (the container runtime's "
                + "default; 4 KiB a file): full in about 15 h, before sessions expire; every login then fails with HTTP 400",
                s.describe());
    }

    @Test
    void halfAGibibyteOnlyDelaysSevenDaySessions() {
        SessionStore s = new SessionStore(18, BigDecimal.valueOf(7 * 86400), ShmSize.memoryVolume(512 * MIB, null), 1500, 4096);
        assertEquals(131_072, s.capacityFiles());
        assertTrue(s.fillRatio() > 1, "181,440 > 131,072");
        assertEquals(5, Math.round(s.hoursToFill() / 24), "131,072 / 18 per minute = 121 h");
        assertTrue(s.describe().contains("131,072 fit in 512 MiB /dev/shm (a memory emptyDir; 4 KiB a file): full in about 5 days"),
                s.describe());
    }

    @Test
    void memoryLimitCapsTheVolume() {
        ShmSize shm = ShmSize.memoryVolume(512 * MIB, 256 * MIB);
        assertEquals(256 * MIB, shm.bytes());
        SessionStore s = new SessionStore(18, BigDecimal.valueOf(7 * 86400), shm, 1500, 4096);
        assertEquals(65_536, s.capacityFiles());
        assertEquals(61, Math.round(s.hoursToFill()), "65,536 / 18 per minute = 3,641 min");
        assertEquals("181,440 session files expected (18/min for 7 d), 65,536 fit in 256 MiB /dev/shm (a memory emptyDir's "
                + "512 MiB sizeLimit, capped by the container's memory limit; 4 KiB a file): full in about 61 h, before sessions "
                + "expire; every login then fails with HTTP 400; the files count against the container's 256 MiB memory limit",
                s.describe());
        assertEquals(256 * MIB, ShmSize.memoryVolume(null, 256 * MIB).bytes(), "no sizeLimit: the memory limit");
        assertTrue(ShmSize.memoryVolume(null, null).unbounded());
        assertEquals(128 * MIB, ShmSize.memoryVolume(128 * MIB, 256 * MIB).bytes());
    }

    @Test
    void reviewedFixFigures() {
        SessionStore s = new SessionStore(18, BigDecimal.valueOf(86400), ShmSize.memoryVolume(512 * MIB, null), 1500, 4096);
        assertEquals(25_920, Math.round(s.steadyStateFiles()));
        assertEquals(131_072, s.capacityFiles());
        assertTrue(s.describe().endsWith(": 20 % full at steady state"), s.describe());
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
