package dev.akconf.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.cli.CliRun;
import dev.akconf.sim.SimOptions;
import dev.akconf.sim.SimState;
import dev.akconf.sim.Simulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A name taken from a sensitive variable ({@code name: sens-${SOME_TOKEN}}) is shown masked in every
 * output and file, while pairing, the plan file and apply use the real value.
 */
class SensitiveIdentityTest {

    private static final String SECRET = "hunter2-do-not-print-0123456789";

    private static final String PROVIDER = """
            kind: ProxyProvider
            name: sens-${SOME_TOKEN}
            spec:
              mode: forward_single
              external_host: https://app.example.com
              authorization_flow: default-provider-authorization-implicit-consent
              invalidation_flow: default-provider-invalidation-flow
            ---
            kind: Application
            slug: sens-app
            spec:
              name: Sensitive app
              provider: sens-${SOME_TOKEN}
            """;

    @Test
    void validationMessagesDoNotQuoteTheSecret(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("c.yaml"), """
                kind: ProxyProvider
                name: p
                spec:
                  mode: forward_single
                  external_host: ${MY_TOKEN}
                  access_token_validity: x-${MY_TOKEN}
                  authorization_flow: default-provider-authorization-implicit-consent
                  invalidation_flow: default-provider-invalidation-flow
                ---
                kind: Application
                slug: ${APP_SECRET}
                spec:
                  name: x
                """);
        Map<String, String> env = Map.of("MY_TOKEN", "not a url " + SECRET, "APP_SECRET", "Bad Slug " + SECRET);
        for (String format : new String[] {"text", "json"}) {
            CliRun run = CliRun.run(env, "validate", "-c", config.toString(), "--output", format);
            assertEquals(3, run.exitCode(), run::toString);
            assertFalse(run.all().contains(SECRET.substring(0, 8)), run::toString);
            String all = run.all().replace("\\\"", "\""); // JSON escapes the quotes
            assertTrue(all.contains("\"(sensitive value)\" is not an http(s) URL")
                    && all.contains("\"x-(sensitive value)\"") && all.contains("slug: \"(sensitive value)\""), run::toString);
        }
    }

    @Test
    void maskedEverywhereAndStillPaired(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("c.yaml"), PROVIDER);
        Path planFile = dir.resolve("plan.json");
        Path junit = dir.resolve("drift.xml");
        try (Simulator sim = Simulator.start(SimOptions.builder().seed(SimState.fresh()).build())) {
            Map<String, String> env = new HashMap<>(Map.of("AUTHENTIK_URL", sim.url(), "AUTHENTIK_TOKEN", sim.token(), "SOME_TOKEN", SECRET));
            StringBuilder seen = new StringBuilder();
            for (String format : new String[] {"text", "json", "markdown"}) {
                CliRun run = CliRun.run(env, "plan", "-c", config.toString(), "--output", format);
                assertEquals(0, run.exitCode(), run::toString);
                assertTrue(run.out().contains("sens-(sensitive value)"), run.out());
                seen.append(run.all());
            }
            CliRun plan = CliRun.run(env, "plan", "-c", config.toString(), "--out", planFile.toString());
            assertEquals(0, plan.exitCode(), plan::toString);
            seen.append(plan.all()).append(Files.readString(planFile));

            CliRun apply = CliRun.run(env, "apply", planFile.toString(), "--output", "markdown");
            assertEquals(0, apply.exitCode(), apply::toString);
            seen.append(apply.all());
            assertTrue(sim.state().list("/providers/proxy/").stream().anyMatch(p -> p.path("name").asString().equals("sens-" + SECRET)),
                    "apply created it with the real name");

            CliRun drift = CliRun.run(env, "drift", "-c", config.toString(), "--junit", junit.toString());
            assertEquals(0, drift.exitCode(), "paired on the real name: in sync\n" + drift);
            seen.append(drift.all()).append(Files.readString(junit));
            assertTrue(Files.readString(junit).contains("sens-(sensitive value)"));

            assertFalse(seen.toString().contains(SECRET), seen::toString);
            assertFalse(seen.toString().contains(SECRET.substring(0, 8)), "not even a fragment");
        }
    }
}
