package dev.akconf.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** show: a saved plan exactly as plan printed it, offline; anything else is one usage line. */
class ShowEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void theIncidentPlanWithCreatesAndFindingsIsShownAsPlanShowedIt() throws IOException {
        Path config = SimHarness.copyConfig(dir);
        // A create (every field's "before" is absent) beside the incident's updates.
        Files.writeString(config.resolve("new-app.yaml"), """
                kind: ProxyProvider
                name: Wiki
                spec:
                  mode: forward_single
                  external_host: https://wiki.example.com
                  authorization_flow: default-provider-authorization-implicit-consent
                  invalidation_flow: default-provider-invalidation-flow
                ---
                kind: Application
                slug: wiki
                spec:
                  name: Wiki
                  provider: Wiki
                """);
        // An ignored difference and an undeclared security-relevant one: show needs them from the file too.
        Path provider = config.resolve("catch-all-provider.yaml");
        SimHarness.replace(provider, "\nname: Domain wide catch all\n",
                "\nname: Domain wide catch all\nakconf.io/ignore:\n  - field: skip_path_regex\n    reason: \"left to the UI\"\n");
        String file = dir.resolve("plan.json").toString();
        try (SimHarness h = SimHarness.incident()) {
            h.sim.edit("/providers/proxy/", 1, p -> p.put("skip_path_regex", "^/public/").put("intercept_header_auth", false));
            for (String output : new String[] {"text", "json", "markdown"}) {
                CliRun plan = h.run("plan", "-c", config.toString(), "--output", output, "--out", file, "--no-color");
                assertTrue(plan.exitCode() == 0, plan::toString);
                // Offline: no URL, no token.
                CliRun show = CliRun.run("show", file, "--output", output, "--no-color");
                assertEquals(0, show.exitCode(), show::toString);
                assertEquals(plan.out(), show.out(), output);
                if (output.equals("text")) {
                    assertTrue(plan.out().contains("(security)") && plan.out().contains("left to the UI"), plan::toString);
                }
            }
        }
    }

    @Test
    void somethingThatIsNotAPlanFileIsAUsageError() throws IOException {
        CliRun directory = CliRun.run("show", dir.toString());
        assertEquals(64, directory.exitCode(), directory::toString);
        assertTrue(directory.err().contains("is a directory, not a plan file"), directory::toString);
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello");
        CliRun notJson = CliRun.run("show", text.toString());
        assertEquals(64, notJson.exitCode(), notJson::toString);
        assertTrue(notJson.err().startsWith("akconf: " + text + ": not a JSON plan file"), notJson::toString);
        assertEquals(64, CliRun.run("show", dir.resolve("missing.json").toString()).exitCode());
    }
}
