package dev.akconf.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * akconf refresh against the simulator (issue 16 "Done when"): apply config/, change values behind
 * the API as the UI would, refresh, and the files differ from the originals in exactly those values.
 */
class RefreshEndToEndTest {

    private static final String PROVIDER = "/providers/proxy/";
    private static final String APPS = "/core/applications/";
    private static final String APP = "domain-wide-catch-all";

    @TempDir
    Path dir;

    private static Map<String, String> texts(Path config) throws IOException {
        Map<String, String> out = new HashMap<>();
        try (Stream<Path> files = Files.list(config)) {
            for (Path f : files.toList()) {
                out.put(f.getFileName().toString(), Files.readString(f));
            }
        }
        return out;
    }

    private static int providerPk(SimHarness h) {
        return h.sim.state().list(PROVIDER).stream().filter(p -> p.path("name").asString().equals("Domain wide catch all"))
                .findFirst().orElseThrow().get("pk").intValue();
    }

    @Test
    void uiChangesLandInTheFilesAsExactlyThoseValues() throws IOException {
        try (SimHarness h = SimHarness.incident()) {
            Path config = SimHarness.copyConfig(dir);
            String c = config.toString();
            CliRun apply = h.run("apply", "-c", c, "--auto-approve");
            assertEquals(0, apply.exitCode(), apply::toString);
            assertEquals(0, h.run("refresh", "-c", c, "--check").exitCode(), "in sync after apply");
            Map<String, String> before = texts(config);

            // What someone does in the UI: two provider fields, the application's launch URL, a new provider.
            int pk = providerPk(h);
            h.sim.edit(PROVIDER, pk, p -> p.put("access_token_validity", "hours=48").put("cookie_domain", "example.org"));
            h.sim.edit(APPS, APP, a -> a.put("meta_launch_url", "https://launch.example.com/"));
            ObjectNode created = JsonNodeFactory.instance.objectNode().put("name", "Made in the UI")
                    .put("mode", "forward_single").put("external_host", "https://ui.example.com");
            h.sim.state().addProxyProvider(created);

            CliRun check = h.run("refresh", "-c", c, "--check");
            assertEquals(2, check.exitCode(), check::toString);
            assertEquals(before, texts(config), "--check writes nothing");

            CliRun refresh = h.run("refresh", "-c", c);
            assertEquals(2, refresh.exitCode(), refresh::toString);
            assertTrue(refresh.out().contains("catch-all-provider.yaml: 2 values"), refresh::toString);
            assertTrue(refresh.out().contains("catch-all-application.yaml: 1 value"), refresh::toString);

            Map<String, String> expected = new HashMap<>(before);
            expected.put("catch-all-provider.yaml", before.get("catch-all-provider.yaml")
                    .replace("  access_token_validity: hours=24\n", "  access_token_validity: hours=48\n")
                    .replace("  cookie_domain: example.com\n", "  cookie_domain: example.org\n"));
            expected.put("catch-all-application.yaml", before.get("catch-all-application.yaml")
                    .replace("  meta_launch_url: blank://blank\n", "  meta_launch_url: https://launch.example.com/\n"));
            assertEquals(expected, texts(config), "exactly the changed values differ");

            assertEquals(0, h.run("plan", "-c", c, "--detailed-exitcode").exitCode(), "plan is clean after refresh");
            CliRun again = h.run("refresh", "-c", c, "--check");
            assertEquals(0, again.exitCode(), again::toString);

            Path newDocs = dir.resolve("refreshed").resolve("proxy-providers.yaml");
            assertTrue(Files.exists(newDocs), refresh::toString);
            String text = Files.readString(newDocs);
            assertTrue(text.contains("name: Made in the UI") && text.contains("external_host: https://ui.example.com"), text);
            assertFalse(text.contains("Domain wide catch all"), "only the unmanaged object: " + text);
        }
    }

    @Test
    void aPatchAddedInTheUiReplacesNullAsOneBlock() throws IOException {
        try (SimHarness h = SimHarness.incident()) {
            Path config = SimHarness.copyConfig(dir);
            String c = config.toString();
            assertEquals(0, h.run("apply", "-c", c, "--auto-approve").exitCode());
            String before = Files.readString(config.resolve("embedded-outpost.yaml"));
            String embedded = h.sim.state().list("/outposts/instances/").stream()
                    .filter(o -> o.path("managed").asString("").equals("goauthentik.io/outposts/embedded"))
                    .findFirst().orElseThrow().get("pk").asString();
            h.sim.edit("/outposts/instances/", embedded, o -> ((ObjectNode) o.get("config")).putObject("kubernetes_json_patches")
                    .putArray("deployment").addObject().put("op", "add").put("path", "/spec/replicas").put("value", 2));

            CliRun refresh = h.run("refresh", "-c", c);
            assertEquals(2, refresh.exitCode(), refresh::toString);
            assertEquals(before.replace("    kubernetes_json_patches: null\n", "    kubernetes_json_patches:\n      deployment:\n"
                    + "        - op: add\n          path: /spec/replicas\n          value: 2\n"), Files.readString(config.resolve("embedded-outpost.yaml")));
            assertEquals(0, h.run("plan", "-c", c, "--detailed-exitcode").exitCode(), "clean after refresh");
        }
    }

    @Test
    void helpHasExamplesAndOutputHasNoColourOffATerminal() {
        CliRun help = CliRun.run("refresh", "--help");
        assertEquals(0, help.exitCode(), help::toString);
        assertTrue(help.out().contains("Examples:") && help.out().contains("akconf refresh -c config/ --check"), help::toString);
        try (SimHarness h = SimHarness.incident()) {
            CliRun run = h.run("refresh", "-c", "config", "--check");
            assertFalse(run.all().contains("\u001b["), run::toString);
        }
    }

    @Test
    void authentikThatCannotBeReadFailsWithExit4AndWritesNothing() throws IOException {
        Path config = SimHarness.copyConfig(dir);
        Map<String, String> before = texts(config);
        CliRun run = CliRun.run(Map.of("AUTHENTIK_URL", "http://127.0.0.1:1", "AUTHENTIK_TOKEN", "t0ken-value"),
                "refresh", "-c", config.toString(), "--connect-timeout", "2");
        assertEquals(4, run.exitCode(), run::toString);
        assertFalse(run.all().contains("t0ken-value") || run.all().contains("\tat "), run::toString);
        assertEquals(before, texts(config));
        assertFalse(Files.exists(dir.resolve("refreshed")));
    }

    @Test
    void aResourceDeletedInTheUiIsReportedAndPruneRemovesItsDocument() throws IOException {
        try (SimHarness h = SimHarness.incident()) {
            Path config = SimHarness.copyConfig(dir);
            String c = config.toString();
            assertEquals(0, h.run("apply", "-c", c, "--auto-approve").exitCode());
            assertTrue(h.sim.state().delete(APPS, APP));
            Map<String, String> before = texts(config);

            CliRun refresh = h.run("refresh", "-c", c);
            assertEquals(2, refresh.exitCode(), refresh::toString);
            assertTrue(refresh.out().contains("Application \"" + APP + "\": deleted in Authentik"), refresh::toString);
            assertEquals(before, texts(config), "reported, not removed");

            CliRun prune = h.run("refresh", "-c", c, "--prune");
            assertEquals(2, prune.exitCode(), prune::toString);
            assertFalse(Files.exists(config.resolve("catch-all-application.yaml")), "its only document pruned: " + prune);
            assertTrue(prune.out().contains("1 document removed, the file is deleted"), prune::toString);
        }
    }

    @Test
    void aValueFromAVariableIsReportedAndLeft() throws IOException {
        try (SimHarness h = SimHarness.incident()) {
            Path config = SimHarness.copyConfig(dir);
            SimHarness.replace(config.resolve("catch-all-provider.yaml"), "cookie_domain: example.com", "cookie_domain: ${COOKIE_DOMAIN}");
            Map<String, String> env = new HashMap<>(h.env());
            env.put("COOKIE_DOMAIN", "example.com");
            String c = config.toString();
            assertEquals(0, CliRun.run(env, "apply", "-c", c, "--auto-approve").exitCode());
            h.sim.edit(PROVIDER, providerPk(h), p -> p.put("cookie_domain", "example.org"));
            Map<String, String> before = texts(config);

            CliRun refresh = CliRun.run(env, "refresh", "-c", c);
            assertEquals(2, refresh.exitCode(), refresh::toString);
            assertTrue(refresh.out().contains("cookie_domain: drifted, but its value comes from $COOKIE_DOMAIN"), refresh::toString);
            assertEquals(before, texts(config));
        }
    }
}
