package dev.akconf.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.cli.CliRun;
import dev.akconf.sim.SimOptions;
import dev.akconf.sim.SimState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every directory of examples/ (but examples/ci, which holds CI files) against a simulated fresh
 * install, as a new user would try it: apply, re-plan with no change, import everything back, and
 * the imported documents plan with no change too. An example's demo-fixture.json (objects it expects
 * Authentik to hold already, such as a certificate) is added to the seed, as {@code akconf demo -c} does.
 */
class ExamplesEndToEndTest {

    /** What the examples read from the environment (the same values .ci/run gives their validate loop). */
    private static final Map<String, String> EXAMPLE_ENV = Map.of(
            "GITEA_EXTERNAL_HOST", "https://git.example.com",
            "AUTHENTIK_EXTERNAL_HOST", "https://auth.example.com");

    @TempDir
    Path tmp;

    static List<Path> examples() throws IOException {
        try (Stream<Path> dirs = Files.list(Path.of("examples"))) {
            return dirs.filter(Files::isDirectory).filter(d -> !d.getFileName().toString().equals("ci")).sorted().toList();
        }
    }

    @Test
    void thereAreExamplesToTry() throws IOException {
        assertTrue(examples().size() >= 5, examples()::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void appliesReplansAndImportsBackWithNoChange(Path example) throws IOException {
        try (SimHarness h = new SimHarness(SimOptions.builder().seed(seed(example)).build())) {
            CliRun apply = run(h, "apply", "-c", example.toString(), "--auto-approve", "--no-color");
            assertEquals(0, apply.exitCode(), apply::toString);
            assertTrue(apply.out().contains("Apply complete:"), apply::toString);
            assertFalse(apply.out().contains(" 0 applied"), "the example changes something: " + apply);

            CliRun again = run(h, "plan", "-c", example.toString(), "--detailed-exitcode", "--no-color");
            assertEquals(0, again.exitCode(), again::toString);

            Path imported = tmp.resolve("imported");
            CliRun imp = run(h, "import", "--all", "--out", imported.toString());
            assertEquals(0, imp.exitCode(), imp::toString);
            CliRun replan = run(h, "plan", "-c", imported.toString(), "--detailed-exitcode", "--no-color");
            assertEquals(0, replan.exitCode(), replan::toString);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theDemoRunsItAndSaysWhatItRuns(Path example) {
        Map<String, String> env = new HashMap<>(EXAMPLE_ENV);
        CliRun demo = CliRun.run(env, "demo", "-c", example.toString(), "--no-color");
        assertEquals(0, demo.exitCode(), demo::toString);
        assertTrue(demo.out().contains("a fresh install's state"), demo::toString);
        assertTrue(demo.out().contains("Running validate, plan, apply and plan again on " + example), demo::toString);
        assertFalse(demo.out().contains("Step 5/"), "no post-mortem step with -c: " + demo);
        assertTrue(demo.out().strip().endsWith("No changes. Authentik matches the configuration."), demo::toString);
    }

    private static SimState seed(Path example) throws IOException {
        Path fixture = example.resolve("demo-fixture.json");
        SimState fresh = SimState.fresh();
        return Files.isRegularFile(fixture) ? fresh.withFixture(JsonMapper.builder().build().readTree(fixture.toFile())) : fresh;
    }

    private static CliRun run(SimHarness h, String... args) {
        Map<String, String> env = new HashMap<>(h.env());
        env.putAll(EXAMPLE_ENV);
        CliRun run = CliRun.run(env, args);
        assertFalse(run.all().contains("\tat "), run::toString);
        return run;
    }
}
