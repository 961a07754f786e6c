package dev.akconf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.bench.Fleet;
import dev.akconf.bench.FleetConfig;
import dev.akconf.bench.FleetSeed;
import dev.akconf.sim.SimOptions;
import dev.akconf.sim.Simulator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Review at scale: 2,001 managed resources with one change make a short text plan and a Markdown
 * comment well inside the budget; the JSON stays complete; show reproduces all three from the plan file.
 */
class PlanAtScaleTest {

    @TempDir
    static Path dir;

    private static Simulator sim;
    private static Map<String, String> env;
    private static Fleet fleet;

    @BeforeAll
    static void seed() throws Exception {
        fleet = Fleet.of(1000); // 1,000 applications, 1,000 providers, one outpost
        FleetConfig.write(dir.resolve("config"), fleet, Set.of(fleet.apps().get(0)));
        sim = Simulator.start(SimOptions.builder().seed(FleetSeed.seed(fleet).state()).build());
        env = Map.of("AUTHENTIK_URL", sim.url(), "AUTHENTIK_TOKEN", sim.token());
    }

    @org.junit.jupiter.api.AfterAll
    static void stop() {
        sim.close();
    }

    private CliRun run(String... args) {
        CliRun run = CliRun.run(env, args);
        assertFalse(run.all().contains("\tat "), run::toString);
        return run;
    }

    @Test
    void oneChangeAmongTwoThousandIsAShortPlanAndShowReproducesEveryOutput() throws Exception {
        String config = dir.resolve("config").toString();
        String planFile = dir.resolve("plan.json").toString();
        CliRun text = run("plan", "-c", config, "--no-color", "--out", planFile);
        assertEquals(0, text.exitCode(), text::toString);
        assertTrue(text.out().contains("~ ProxyProvider"), text::toString);
        assertTrue(text.out().contains("2,000 unchanged."), text::toString);
        assertTrue(text.out().getBytes(StandardCharsets.UTF_8).length < 2048, () -> text.out().length() + " bytes:\n" + text.out());
        assertTrue(text.err().contains("Saved the plan to " + planFile + ". Apply it with: akconf apply " + planFile), text::toString);

        CliRun markdown = run("plan", "-c", config, "--output", "markdown", "--out", planFile);
        assertEquals(0, markdown.exitCode(), markdown::toString);
        assertTrue(markdown.out().length() < 60_000, () -> "" + markdown.out().length());
        assertTrue(markdown.out().contains("2,000 unchanged."), markdown::toString);
        assertFalse(markdown.out().contains("Shortened"), markdown::toString);
        assertTrue(markdown.out().contains("unmanaged object(s) in Authentik (left alone)</summary>"), markdown::toString);
        assertShowMatches(markdown.out(), planFile, "--output", "markdown");

        CliRun json = run("plan", "-c", config, "--output", "json", "--out", planFile);
        JsonNode doc = JsonMapper.builder().build().readTree(json.out());
        assertEquals(2001, doc.path("resource_changes").size(), "the JSON plan stays complete");
        assertEquals(doc.path("summary").path("unmanaged").asInt(), doc.path("unmanaged").size());
        assertShowMatches(json.out(), planFile, "--output", "json");

        run("plan", "-c", config, "--no-color", "--out", planFile);
        assertShowMatches(text.out(), planFile, "--no-color");
        CliRun listed = run("show", planFile, "--no-color", "--show-unmanaged");
        assertTrue(listed.out().contains("Unmanaged: in Authentik but not in the configuration (left alone):"), listed::toString);
    }

    private void assertShowMatches(String planOutput, String planFile, String... options) {
        String[] args = new String[options.length + 2];
        args[0] = "show";
        args[1] = planFile;
        System.arraycopy(options, 0, args, 2, options.length);
        CliRun show = run(args);
        assertEquals(0, show.exitCode(), show::toString);
        assertEquals(planOutput, show.out());
        assertTrue(Files.exists(Path.of(planFile)));
    }
}
