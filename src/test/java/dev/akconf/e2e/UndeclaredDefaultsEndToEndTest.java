package dev.akconf.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.cli.CliRun;
import dev.akconf.sim.SimOptions;
import dev.akconf.sim.SimRequest;
import dev.akconf.sim.SimState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 15's scenario: the catch-all provider, its application and an outpost applied from a fresh
 * install, then, in the UI, skip_path_regex set to "^/.*" (no authentication on any path) and the
 * header interception turned off. Neither field is declared, so both are expected at Authentik's
 * defaults: plan, drift and apply see and undo the edit, loudly; akconf.io/ignore hands one to the UI.
 */
class UndeclaredDefaultsEndToEndTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PROVIDER = """
            kind: ProxyProvider
            name: Domain wide catch all
            %s
            spec:
              mode: forward_domain
              external_host: https://auth.example.com
              cookie_domain: example.com
              authorization_flow: default-provider-authorization-implicit-consent
              invalidation_flow: default-provider-invalidation-flow
              access_token_validity: hours=24
            ---
            kind: Application
            slug: domain-wide-catch-all
            spec:
              name: Domain wide catch all
              provider: Domain wide catch all
              meta_launch_url: blank://blank
            ---
            kind: Outpost
            name: Catch-all proxy outpost
            spec:
              type: proxy
              providers: [Domain wide catch all]
              config:
                authentik_host: https://auth.example.com
            ---
            kind: Outpost
            name: authentik Embedded Outpost
            spec:
              type: proxy
              providers: []
            """;

    @TempDir
    Path dir;

    @Test
    void aUiEditOfUndeclaredFieldsIsSecurityDriftAndApplyResetsIt() throws IOException {
        Path config = write("");
        try (SimHarness h = new SimHarness(SimOptions.builder().seed(SimState.empty()).build())) {
            CliRun created = h.run("apply", "-c", config.toString(), "--auto-approve");
            assertEquals(0, created.exitCode(), created::toString);
            assertEquals(0, h.run("plan", "-c", config.toString(), "--detailed-exitcode").exitCode(), "created by apply: clean");

            // A certificate chosen in the UI is named, as a declared one would be, not shown as its uuid.
            String cert = h.sim.state().list("/crypto/certificatekeypairs/").get(0).path("pk").asString();
            uiEdit(h, p -> p.put("certificate", cert));
            CliRun named = h.run("plan", "-c", config.toString(), "--no-color");
            assertTrue(named.out().contains("- certificate = \"authentik Self-signed Certificate\" -> null (security)"), named::toString);
            uiEdit(h, p -> p.putNull("certificate"));

            uiEdit(h, p -> p.put("skip_path_regex", "^/.*").put("intercept_header_auth", false));

            CliRun plan = h.run("plan", "-c", config.toString(), "--detailed-exitcode", "--no-color");
            assertEquals(2, plan.exitCode(), plan::toString);
            assertTrue(plan.out().contains("~ skip_path_regex = \"^/.*\" -> \"\" (security)   # not declared: Authentik's default"), plan::toString);
            assertTrue(plan.out().contains("~ intercept_header_auth = false -> true (security)   # not declared: Authentik's default"), plan::toString);
            assertTrue(plan.out().contains("Plan: 0 to add, 1 to change, 0 to destroy. 2 security-relevant changes."), plan::toString);

            JsonNode json = JSON.readTree(h.run("plan", "-c", config.toString(), "--output", "json").out());
            assertEquals(2, json.at("/summary/security").asInt(), json::toString);
            JsonNode change = json.at("/resource_changes/0/changes/0");
            assertEquals("/skip_path_regex", change.path("path").asString(), json::toString);
            assertTrue(change.path("security").asBoolean() && change.path("undeclared").asBoolean(), change::toString);
            assertTrue(h.run("plan", "-c", config.toString(), "--output", "markdown").out()
                    .contains("+ skip_path_regex = \"\" (security)   # not declared: Authentik's default"));

            Path junit = dir.resolve("drift.xml");
            Path metrics = dir.resolve("drift.prom");
            CliRun drift = h.run("drift", "-c", config.toString(), "--junit", junit.toString(), "--metrics", metrics.toString(), "--no-color");
            assertEquals(2, drift.exitCode(), drift::toString);
            assertTrue(drift.out().contains("Drift: 1 changed, 0 missing, 0 to delete, 0 unmanaged. 2 security-relevant changes."), drift::toString);
            String xml = Files.readString(junit).replace("&gt;", ">");
            assertTrue(xml.contains("failures=\"1\""), xml);
            assertTrue(xml.contains("2 field(s) differ from the configuration (2 security-relevant)"), xml);
            assertTrue(xml.contains("skip_path_regex: \"^/.*\" -> \"\" (security) (not declared: Authentik's default)"), xml);
            assertTrue(xml.contains("intercept_header_auth: false -> true (security) (not declared: Authentik's default)"), xml);
            String prom = Files.readString(metrics);
            assertTrue(prom.contains("akconf_drift_security_differences{kind=\"ProxyProvider\"} 2"), prom);
            assertTrue(prom.contains("akconf_drift_security_differences{kind=\"Application\"} 0"), prom);
            assertTrue(prom.contains("akconf_drift_resources{kind=\"ProxyProvider\",action=\"update\"} 1"), prom);

            h.sim.clearRequests();
            CliRun apply = h.run("apply", "-c", config.toString(), "--auto-approve");
            assertEquals(0, apply.exitCode(), apply::toString);
            List<SimRequest> writes = h.writes();
            assertEquals(1, writes.size(), writes::toString);
            JsonNode body = JSON.readTree(writes.get(0).body());
            assertEquals("", body.path("skip_path_regex").asString("missing"), body::toString);
            assertTrue(body.path("intercept_header_auth").asBoolean(false), body::toString);
            ObjectNode live = provider(h);
            assertEquals("", live.path("skip_path_regex").asString());
            assertTrue(live.path("intercept_header_auth").asBoolean());
            assertEquals(0, h.run("plan", "-c", config.toString(), "--detailed-exitcode").exitCode(), "back to the defaults");
        }
    }

    @Test
    void akconfIoIgnoreLeavesTheFieldToTheUiAndListsIt() throws IOException {
        Path config = write("""
                akconf.io/ignore:
                  - field: skip_path_regex
                    reason: "OPS-7: the platform team maintains the public paths in the UI"
                """);
        try (SimHarness h = new SimHarness(SimOptions.builder().seed(SimState.empty()).build())) {
            assertEquals(0, h.run("apply", "-c", config.toString(), "--auto-approve").exitCode());
            uiEdit(h, p -> p.put("skip_path_regex", "^/.*"));

            CliRun drift = h.run("drift", "-c", config.toString(), "--no-color", "--junit", dir.resolve("d.xml").toString());
            assertEquals(0, drift.exitCode(), drift::toString);
            assertTrue(drift.out().contains("Ignored (known exceptions and akconf.io/ignore, not counted):"), drift::toString);
            assertTrue(drift.out().contains("ProxyProvider \"Domain wide catch all\" skip_path_regex: \"^/.*\" -> \"\" (security) "
                    + "(not declared: Authentik's default): OPS-7: the platform team maintains the public paths in the UI"), drift::toString);
            assertTrue(drift.out().contains("In sync: Authentik matches the configuration (1 ignored)."), drift::toString);
            assertTrue(Files.readString(dir.resolve("d.xml")).contains("ignored: ProxyProvider"));

            CliRun plan = h.run("plan", "-c", config.toString(), "--detailed-exitcode", "--no-color");
            assertEquals(0, plan.exitCode(), plan::toString);
            assertTrue(plan.out().contains("Ignored (akconf.io/ignore: not compared, not written):"), plan::toString);
            assertTrue(plan.out().contains("skip_path_regex: \"^/.*\" -> \"\""), plan::toString);

            // Another UI edit is still drift, and apply writes it back without touching the ignored field.
            uiEdit(h, p -> p.put("intercept_header_auth", false));
            h.sim.clearRequests();
            assertEquals(0, h.run("apply", "-c", config.toString(), "--auto-approve").exitCode());
            JsonNode body = JSON.readTree(h.writes().get(0).body());
            assertFalse(body.has("skip_path_regex"), body::toString);
            assertEquals("^/.*", provider(h).path("skip_path_regex").asString());
            assertTrue(provider(h).path("intercept_header_auth").asBoolean());
        }
    }

    @Test
    void anIgnoredFieldThatIsNoFieldIsAnErrorWithASuggestion() throws IOException {
        Path config = write("""
                akconf.io/ignore:
                  - field: skip_path_regx
                    reason: typo
                """);
        CliRun run = CliRun.run("validate", "-c", config.toString());
        assertEquals(3, run.exitCode(), run::toString);
        assertTrue(run.out().contains(":4:12: error: \"skip_path_regx\" is not a spec field of ProxyProvider — did you mean "
                + "\"skip_path_regex\"?"), run::toString);
    }

    private Path write(String ignore) throws IOException {
        Path config = Files.createDirectories(dir.resolve("config"));
        Files.writeString(config.resolve("catch-all.yaml"), PROVIDER.formatted(ignore.strip()));
        return config;
    }

    private static ObjectNode provider(SimHarness h) {
        return h.sim.state().list("/providers/proxy/").stream()
                .filter(p -> p.path("name").asString().equals("Domain wide catch all")).findFirst().orElseThrow();
    }

    /** What the admin UI's provider form does: read the provider, change fields, send the whole form back. */
    private static void uiEdit(SimHarness h, Consumer<ObjectNode> change) throws IOException {
        OkHttpClient http = new OkHttpClient();
        String url = h.sim.apiUrl() + "/providers/proxy/" + provider(h).path("pk").asString() + "/";
        ObjectNode form;
        try (Response r = http.newCall(request(h, url).get().build()).execute()) {
            form = (ObjectNode) JSON.readTree(r.body().string());
        }
        change.accept(form);
        RequestBody body = RequestBody.create(JSON.writeValueAsString(form), MediaType.get("application/json"));
        try (Response r = http.newCall(request(h, url).put(body).build()).execute()) {
            assertEquals(200, r.code(), () -> "the UI's save: " + r.code());
        }
    }

    private static Request.Builder request(SimHarness h, String url) {
        return new Request.Builder().url(url).header("Authorization", "Bearer " + h.sim.token());
    }
}
