package dev.akconf.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the benchmark makes of its children's output and how it judges the targets. */
class BenchReportTest {

    @TempDir
    Path dir;

    @Test
    void countsPlannedAndAppliedChanges() {
        assertEquals(0, Bench.changes("No changes. Authentik matches the configuration.\n"));
        assertEquals(103, Bench.changes("  ~ ProxyProvider \"a\"\n\nPlan: 1 to add, 100 to change, 2 to destroy.\n"));
        assertEquals(100, Bench.changes("Plan: 0 to add, 100 to change, 0 to destroy.\n...\nApply complete: 100 applied, 0 failed, 0 skipped.\n"));
    }

    @Test
    void theMedianIsTheMiddleRun() {
        assertEquals(2, phase("p", List.of(3L, 1L, 2L), 0, 0, 10, -1).medianNanos());
        assertEquals(2, phase("p", List.of(4L, 1L, 2L, 3L), 0, 0, 10, -1).medianNanos());
    }

    @Test
    void wallTimeTargetsApplyOnlyToTheReferenceSettings() {
        List<Targets.Check> reference = Targets.check(result(1000, 20, 100));
        assertTrue(reference.stream().noneMatch(c -> c.status() == Targets.Status.NA), reference::toString);
        assertTrue(reference.stream().allMatch(c -> c.status() == Targets.Status.PASS), reference::toString);

        List<Targets.Check> other = Targets.check(result(10_000, 20, 1000));
        assertEquals(2, other.stream().filter(c -> c.status() == Targets.Status.NA).count(), other::toString);
        assertTrue(other.stream().anyMatch(c -> c.target().contains("requests <= 210")), other::toString);
    }

    @Test
    void theChildReportsItsPeakHeapOnlyWhenAsked() throws IOException {
        Path stats = dir.resolve("stats.json");
        ExitStats.writeIfRequested(null);
        ExitStats.writeIfRequested(stats.toString());
        String json = Files.readString(stats);
        assertTrue(json.matches("\\{\"peak_heap_bytes\": [1-9][0-9]*\\}\\s*"), json);
    }

    private BenchResult result(int n, int latencyMs, int changed) {
        BenchOptions options = new BenchOptions(n, Duration.ofMillis(latencyMs), 10, 3, dir);
        long second = 1_000_000_000L;
        return new BenchResult(options, new ChildJvm(List.of("java", "-jar", "akconf.jar")), changed, List.of(
                phase("plan", List.of(second), 0, 0, 24, 100L << 20),
                phase("plan changed", List.of(second), 2, changed, 24, 100L << 20),
                phase("apply", List.of(second), 0, changed, 145, 100L << 20),
                phase("plan again", List.of(second), 0, 0, 24, 100L << 20)));
    }

    private static PhaseResult phase(String name, List<Long> walls, int exit, int changes, long requests, long heap) {
        return new PhaseResult(name, List.of("plan"), walls, walls.stream().map(w -> exit).toList(), exit,
                Map.of("GET /providers/proxy/", requests), 1000, heap, changes);
    }
}
