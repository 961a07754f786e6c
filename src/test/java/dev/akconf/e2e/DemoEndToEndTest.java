package dev.akconf.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code akconf demo}: the incident's story, {@code -c DIR}, {@code --fixture} and the --allow gate. */
class DemoEndToEndTest {

    private static final String PROVIDER = """
            kind: ProxyProvider
            name: wiki
            spec:
              mode: forward_single
              external_host: https://wiki.example.com
              authorization_flow: default-provider-authorization-implicit-consent
              invalidation_flow: default-provider-invalidation-flow
              access_token_validity: %s
            """;

    @TempDir
    Path dir;

    @Test
    void demoTellsTheIncidentsStoryAndConverges() {
        CliRun run = CliRun.run("demo", "--no-color");
        assertEquals(0, run.exitCode(), run::toString);
        String out = run.out();
        assertTrue(out.contains("holds the incident's state"), out);
        assertTrue(out.contains("~ access_token_validity = \"hours=168\" -> \"hours=24\""), out);
        // config/: the whole-list 512Mi memory volume goes to the standalone outpost, the no-op patch leaves the embedded one.
        assertTrue(out.contains("sizeLimit: 512Mi"), out);
        assertTrue(out.contains("Apply complete: 3 applied, 0 failed, 0 skipped."), out);
        // Plan diagnostics go to stderr: config/ plans without any.
        assertFalse(run.err().contains("warning"), run::toString);
        assertTrue(out.strip().endsWith("No changes. Authentik matches the configuration."), out);
        boolean postmortem = DemoEndToEndTest.class.getResource("/demo/postmortem/") != null;
        assertTrue(postmortem, "the post-mortem's fix is bundled (src/main/resources/demo/postmortem/)");
        int steps = postmortem ? 5 : 4;
        for (int i = 1; i <= steps; i++) {
            assertTrue(out.contains("Step " + i + "/" + steps + ": akconf "), "step " + i + ": " + out);
        }
        if (postmortem) {
            // Step 1: the fix as it was made by hand, and what akconf finds in it.
            String first = out.substring(out.indexOf("Step 1/5"), out.indexOf("Step 2/5"));
            assertTrue(first.contains("as it was made by hand"), first);
            assertTrue(first.contains("AK001"), first);
            assertTrue(first.contains("AK004"), first);
        }
    }

    @Test
    void aFixtureAddsObjectsAndTheGateRefusesProtectedChanges() throws IOException {
        Path config = Files.createDirectories(dir.resolve("config"));
        Files.writeString(config.resolve("wiki.yaml"), PROVIDER.formatted("days=30"));
        Path fixture = Files.writeString(dir.resolve("mine.yaml"), """
                /providers/proxy/:
                  - pk: 7
                    name: wiki
                    mode: forward_single
                    external_host: https://wiki.example.com
                    access_token_validity: hours=1
                """);
        CliRun run = CliRun.run("demo", "-c", config.toString(), "--fixture", fixture.toString(), "--no-color");
        assertEquals(3, run.exitCode(), run::toString);
        assertTrue(run.out().contains("plus the objects of " + fixture), run::toString);
        assertTrue(run.out().contains("~ access_token_validity = \"hours=1\" -> \"days=30\""), run::toString);
        assertTrue(run.err().contains("the plan makes protected changes; nothing was written"), run::toString);
        assertTrue(run.err().contains("--allow AK002"), run::toString);
        assertFalse(run.out().contains("Apply complete"), run::toString);

        CliRun allowed = CliRun.run("demo", "-c", config.toString(), "--fixture", fixture.toString(), "--allow", "AK002",
                "--no-color");
        assertEquals(0, allowed.exitCode(), allowed::toString);
        assertTrue(allowed.out().contains("Apply complete: 1 applied"), allowed::toString);
    }

    @Test
    void aBadFixtureIsOneLineAndExit3() throws IOException {
        Path config = Files.createDirectories(dir.resolve("config"));
        Files.writeString(config.resolve("wiki.yaml"), PROVIDER.formatted("hours=1"));
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"/core/groups/\": [1");
        Path unknown = Files.writeString(dir.resolve("unknown.json"), "{\"/core/tokens/\": []}");
        Path notObjects = Files.writeString(dir.resolve("scalars.yaml"), "/core/groups/:\n  - 1\n");
        for (Path bad : new Path[] {broken, unknown, notObjects, dir.resolve("missing.json")}) {
            CliRun run = CliRun.run("demo", "-c", config.toString(), "--fixture", bad.toString());
            assertEquals(3, run.exitCode(), run::toString);
            assertEquals("", run.out(), run::toString);
            assertEquals(1, run.err().strip().lines().count(), run::toString);
            assertTrue(run.err().startsWith("akconf: " + bad), run::toString);
        }
    }
}
