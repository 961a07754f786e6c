package dev.akconf.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hand-written files (comments, odd spacing, quoted and block scalars, two documents in a file, an
 * anchor, a ${VAR}) refreshed after scalar, list, mapping, reference and duration drift made behind
 * the API: byte for byte the files under src/test/resources/refresh/golden/after.
 */
class RefreshGoldenEndToEndTest {

    private static final Path GOLDEN = Path.of("src/test/resources/refresh/golden");
    private static final List<String> FILES = List.of("providers.yaml", "application.yaml", "outpost.yaml");

    @TempDir
    Path dir;

    @Test
    void driftedValuesAreRewrittenInPlaceAndNothingElse() throws IOException {
        try (SimHarness h = SimHarness.incident()) {
            Path config = Files.createDirectories(dir.resolve("config"));
            for (String f : FILES) {
                Files.copy(GOLDEN.resolve("before").resolve(f), config.resolve(f));
            }
            Map<String, String> env = new HashMap<>(h.env());
            env.put("EXT_HOST", "https://auth.example.com");
            String c = config.toString();
            CliRun apply = CliRun.run(env, "apply", "-c", c, "--auto-approve");
            assertEquals(0, apply.exitCode(), apply::toString);

            String certificate = h.sim.state().list("/crypto/certificatekeypairs/").stream()
                    .filter(k -> k.path("name").asString().equals("authentik Self-signed Certificate")).findFirst().orElseThrow().get("pk").asString();
            int catchAll = pk(h, "Domain wide catch all");
            int grafana = pk(h, "Grafana");
            h.sim.edit("/providers/proxy/", catchAll, p -> p.put("cookie_domain", "example.org").put("certificate", certificate)
                    .put("skip_path_regex", "^/health$\n^/ready$").put("access_token_validity", "hours=48")
                    .put("external_host", "https://auth2.example.com"));
            h.sim.edit("/providers/proxy/", grafana, p -> p.put("internal_host", "http://grafana.svc:3001"));
            h.sim.edit("/core/applications/", "domain-wide-catch-all", a -> a.put("meta_description", "Catch \"all\" hosts")
                    .put("policy_engine_mode", "all"));
            String outpost = h.sim.state().list("/outposts/instances/").stream()
                    .filter(o -> o.path("name").asString().equals("authentik Embedded Outpost")).findFirst().orElseThrow().get("pk").asString();
            h.sim.edit("/outposts/instances/", outpost, o -> {
                ((ArrayNode) o.get("providers")).add(grafana);
                ObjectNode config1 = (ObjectNode) o.get("config");
                config1.put("log_level", "debug").put("refresh_interval", "minutes=5"); // the same length: no change
                ((ObjectNode) config1.at("/kubernetes_json_patches/deployment/0/value/0/emptyDir")).put("sizeLimit", "1Gi");
            });

            CliRun refresh = CliRun.run(env, "refresh", "-c", c);
            assertEquals(2, refresh.exitCode(), refresh::toString);
            for (String f : FILES) {
                assertEquals(Files.readString(GOLDEN.resolve("after").resolve(f)), Files.readString(config.resolve(f)), f + "\n" + refresh);
            }
            assertTrue(refresh.out().contains("providers.yaml: 4 values"), refresh::toString);
            assertTrue(refresh.out().contains("external_host: drifted, but its value comes from $EXT_HOST"), refresh::toString);
            assertTrue(refresh.out().contains("internal_host: it is under the YAML anchor &upstream"), refresh::toString);
            assertTrue(refresh.out().contains("Left for a person (2)"), refresh::toString);
            CliRun check = CliRun.run(env, "refresh", "-c", c, "--check");
            assertEquals(0, check.exitCode(), "the files match all they can: " + check);
        }
    }

    private static int pk(SimHarness h, String name) {
        return h.sim.state().list("/providers/proxy/").stream().filter(p -> p.path("name").asString().equals(name))
                .findFirst().orElseThrow().get("pk").intValue();
    }

    @Test
    void aFieldLeftOutThatNoLongerHoldsItsDefaultIsAddedInApiOrder() throws IOException {
        try (SimHarness h = SimHarness.incident()) {
            Path config = Files.createDirectories(dir.resolve("config"));
            for (String f : FILES) {
                Files.copy(GOLDEN.resolve("before").resolve(f), config.resolve(f));
            }
            Map<String, String> env = new HashMap<>(h.env());
            env.put("EXT_HOST", "https://auth.example.com");
            String c = config.toString();
            assertEquals(0, CliRun.run(env, "apply", "-c", c, "--auto-approve").exitCode());
            h.sim.edit("/providers/proxy/", pk(h, "Grafana"), p -> p.put("intercept_header_auth", false));
            h.sim.edit("/core/applications/", "domain-wide-catch-all", a -> a.put("open_in_new_tab", true));

            CliRun refresh = CliRun.run(env, "refresh", "-c", c);
            assertEquals(2, refresh.exitCode(), refresh::toString);
            String providers = Files.readString(GOLDEN.resolve("before/providers.yaml"));
            String grafana = providers.substring(providers.indexOf("name: Grafana"));
            assertEquals(providers.replace(grafana, grafana.replace("  mode: forward_single\n",
                    "  mode: forward_single\n  intercept_header_auth: false\n")), Files.readString(config.resolve("providers.yaml")));
            assertEquals(Files.readString(GOLDEN.resolve("before/application.yaml")).replace("  provider: Domain wide catch all\n",
                    "  provider: Domain wide catch all\n  open_in_new_tab: true\n"), Files.readString(config.resolve("application.yaml")));
            assertEquals(0, CliRun.run(env, "plan", "-c", c, "--detailed-exitcode").exitCode(), "clean after refresh");
        }
    }
}
