package dev.akconf.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.cli.CliRun;
import dev.akconf.sim.SimOptions;
import dev.akconf.sim.SimRequest;
import dev.akconf.sim.SimState;
import dev.akconf.sim.Simulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * The "Done when", against the simulated Authentik: import writes YAML that validates and
 * plans as no change; drift is 0, then 2 after a UI edit and after an object made only in the UI,
 * then 4 with {@code akconf_last_run_success 0} for a rejected token; import and drift never write.
 */
class SimulatorDoneWhenTest {

    @TempDir
    Path dir;

    private static CliRun run(Map<String, String> env, String... args) {
        CliRun run = CliRun.run(env, args);
        assertFalse(run.all().contains("\tat "), run::toString);
        return run;
    }

    @Test
    void importThenDriftThroughUiEditsAndARejectedToken() throws Exception {
        try (Simulator sim = Simulator.start(SimOptions.of(SimState.incident()))) {
            Map<String, String> env = Map.of("AUTHENTIK_URL", sim.url(), "AUTHENTIK_TOKEN", sim.token());
            // The incident's hours=168 is what guardrail AK001 rejects (validate, plan and drift exit 3
            // on an import of it); the reviewed value stands in for it here.
            sim.edit("/providers/proxy/", 1, p -> p.put("access_token_validity", "hours=24"));
            Path out = dir.resolve("imported");
            assertEquals(0, run(env, "import", "--all", "--out", out.toString()).exitCode());
            String yaml = Files.readString(out.resolve("proxy-providers.yaml")) + Files.readString(out.resolve("outposts.yaml"));
            assertFalse(yaml.matches("(?s).*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}.*"), yaml);
            assertFalse(yaml.matches("(?s).*\\n *(pk|component|redirect_uris|outpost_set|providers_obj|managed):.*"), yaml);
            assertEquals(0, run(env, "validate", "-c", out.toString()).exitCode());
            assertEquals(0, run(env, "plan", "-c", out.toString(), "--detailed-exitcode").exitCode());
            assertEquals(0, run(env, "drift", "-c", out.toString()).exitCode());

            sim.edit("/providers/proxy/", 1, p -> p.put("cookie_domain", "example.org"));
            Path junit = dir.resolve("drift.xml");
            Path metrics = dir.resolve("akconf.prom");
            CliRun edited = run(env, "drift", "-c", out.toString(), "--junit", junit.toString(), "--metrics", metrics.toString());
            assertEquals(2, edited.exitCode(), edited::toString);
            assertEquals(1, DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile())
                    .getElementsByTagName("failure").getLength());
            assertTrue(Files.readString(metrics).contains("akconf_drift_resources{kind=\"ProxyProvider\",action=\"update\"} 1\n"));
            sim.edit("/providers/proxy/", 1, p -> p.put("cookie_domain", "example.com"));
            assertEquals(0, run(env, "drift", "-c", out.toString()).exitCode());

            ObjectNode extra = sim.state().list("/providers/proxy/").get(0).deepCopy();
            extra.remove("pk");
            sim.state().addProxyProvider(extra.put("name", "made in the UI"));
            assertEquals(2, run(env, "drift", "-c", out.toString()).exitCode());
            assertEquals(0, run(env, "drift", "-c", out.toString(), "--ignore-unmanaged").exitCode());

            CliRun rejected = run(Map.of("AUTHENTIK_URL", sim.url(), "AUTHENTIK_TOKEN", "not-the-token"),
                    "drift", "-c", out.toString(), "--metrics", metrics.toString());
            assertEquals(4, rejected.exitCode(), rejected::toString);
            assertTrue(Files.readString(metrics).contains("akconf_last_run_success 0\n"));

            List<SimRequest> writes = sim.requests().stream().filter(SimRequest::isWrite).toList();
            assertEquals(List.of(), writes, "import and drift only read");
        }
    }
}
