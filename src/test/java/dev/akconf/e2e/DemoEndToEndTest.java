package dev.akconf.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.cli.CliRun;
import org.junit.jupiter.api.Test;

/** {@code akconf demo} shows the incident's change and ends with no changes, exit 0. */
class DemoEndToEndTest {

    @Test
    void demoShowsTheFixAndConverges() {
        CliRun run = CliRun.run("demo");
        assertEquals(0, run.exitCode(), run::toString);
        String out = run.out();
        assertTrue(out.contains("~ access_token_validity = \"hours=168\" -> \"hours=24\""), out);
        assertTrue(out.contains("sizeLimit: 512Mi"), out);
        assertTrue(out.contains("Apply complete: 3 applied, 0 failed, 0 skipped."), out);
        assertTrue(out.strip().endsWith("No changes. Authentik matches the configuration."), out);
        int steps = 0;
        for (int i = 1; i <= 4; i++) {
            steps += out.contains("Step " + i + "/4: akconf ") ? 1 : 0;
        }
        assertEquals(4, steps, out);
    }
}
