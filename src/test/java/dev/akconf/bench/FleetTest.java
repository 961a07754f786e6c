package dev.akconf.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.cli.CliRun;
import dev.akconf.sim.SimOptions;
import dev.akconf.sim.Simulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's fleet: the simulator's seed and the written configuration describe the same installation. */
class FleetTest {

    @TempDir
    Path dir;

    @Test
    void changedAppsAreSpreadEvenlyAndDistinct() {
        Fleet fleet = Fleet.of(1000);
        List<Fleet.App> changed = fleet.changed(10);
        assertEquals(100, changed.size());
        assertEquals(100, new HashSet<>(changed).size());
        assertEquals(1, changed.get(0).index());
        assertEquals(11, changed.get(1).index());
        assertEquals(3, Fleet.of(25).changed(10).size());
        assertEquals(25, Fleet.of(25).changed(100).size());
        assertEquals("app-00007", Fleet.of(10).apps().get(6).slug());
        assertEquals("app-000042", Fleet.of(100_000).apps().get(41).slug());
    }

    @Test
    void theWrittenConfigurationIsValidAndSplitIntoFilesAkconfAccepts() throws IOException {
        Fleet fleet = Fleet.of(2500);
        FleetConfig.write(dir, fleet, new HashSet<>(fleet.changed(10)));
        assertTrue(Files.exists(dir.resolve("providers-03.yaml")));
        assertTrue(Files.exists(dir.resolve("applications-01.yaml")));
        CliRun run = CliRun.run("validate", "-c", dir.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("5001 resources"), run::toString);
    }

    @Test
    void theSeededSimulatorMatchesTheConfigurationUntilItChanges() throws IOException {
        Fleet fleet = Fleet.of(30);
        FleetConfig.write(dir, fleet, java.util.Set.of());
        try (Simulator sim = Simulator.start(SimOptions.builder().seed(FleetSeed.seed(fleet).state()).build())) {
            Map<String, String> env = Map.of("AUTHENTIK_URL", sim.url(), "AUTHENTIK_TOKEN", sim.token());
            CliRun plan = CliRun.run(env, "plan", "-c", dir.toString(), "--detailed-exitcode");
            assertEquals(0, plan.exitCode(), plan::toString);
            assertEquals(0, Bench.changes(plan.out()), plan::toString);

            FleetConfig.write(dir, fleet, new HashSet<>(fleet.changed(10)));
            CliRun changed = CliRun.run(env, "plan", "-c", dir.toString(), "--detailed-exitcode");
            assertEquals(2, changed.exitCode(), changed::toString);
            assertEquals(3, Bench.changes(changed.out()), changed::toString);
            assertTrue(changed.out().contains("access_token_validity = \"hours=24\" -> \"hours=12\""), changed::toString);

            CliRun apply = CliRun.run(env, "apply", "-c", dir.toString(), "--auto-approve");
            assertEquals(0, apply.exitCode(), apply::toString);
            assertEquals(3, Bench.changes(apply.out()), apply::toString);
            CliRun again = CliRun.run(env, "plan", "-c", dir.toString(), "--detailed-exitcode");
            assertEquals(0, again.exitCode(), again::toString);
            assertFalse(again.all().contains("warning"), again::toString);
        }
    }
}
