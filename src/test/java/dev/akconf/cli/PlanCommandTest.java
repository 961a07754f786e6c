package dev.akconf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.testing.FakeAuthentik;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code akconf plan} end to end over real HTTP against Authentik holding the incident's state. */
class PlanCommandTest {

    private FakeAuthentik authentik;

    @TempDir
    Path dir;

    @BeforeEach
    void start() {
        authentik = FakeAuthentik.start("incident");
    }

    @AfterEach
    void stop() {
        authentik.close();
    }

    private Map<String, String> env() {
        return Map.of("AUTHENTIK_URL", authentik.url(), "AUTHENTIK_TOKEN", FakeAuthentik.TOKEN);
    }

    private CliRun plan(String... args) {
        String[] all = Stream.concat(Stream.of("plan"), Stream.of(args)).toArray(String[]::new);
        CliRun run = CliRun.run(env(), all);
        assertFalse(run.all().contains(FakeAuthentik.TOKEN), "the token must never be printed");
        assertFalse(run.all().contains("\tat "), run::toString);
        return run;
    }

    /** A copy of config/ to edit. */
    private Path config() throws IOException {
        Path copy = Files.createDirectory(dir.resolve("config"));
        try (Stream<Path> files = Files.list(Path.of("config"))) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        return copy;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), () -> file + " lacks " + from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void incidentStateShowsExactlyTheThreeFixes() {
        CliRun run = plan("-c", "config", "--detailed-exitcode");
        assertEquals(2, run.exitCode(), run::toString);
        String out = run.out();
        assertTrue(out.contains("~ ProxyProvider \"Domain wide catch all\""), out);
        assertTrue(out.contains("~ access_token_validity = \"hours=168\" -> \"hours=24\""), out);
        assertTrue(out.contains("~ Outpost \"Catch-all proxy outpost\""), out);
        assertTrue(out.contains("+ config.kubernetes_json_patches.deployment:"), out);
        assertTrue(out.contains("          +  value:\n          +  - name: dshm\n          +    mountPath: /dev/shm"), out);
        assertTrue(out.contains("~ Outpost \"authentik Embedded Outpost\""), out);
        assertTrue(out.contains("- config.kubernetes_json_patches.deployment:"), "the no-op patch goes: " + out);
        assertFalse(out.contains("Application \"domain-wide-catch-all\""), "the application matches: " + out);
        assertTrue(out.contains("Plan: 0 to add, 3 to change, 0 to destroy."), out);
    }

    @Test
    void incidentStateAsJsonHasExactlyThreeFieldChanges() {
        CliRun run = plan("-c", "config", "--output", "json");
        assertEquals(0, run.exitCode(), run::toString);
        JsonNode plan = JsonMapper.builder().build().readTree(run.out());
        assertEquals("1", plan.path("format_version").asString());
        assertEquals("2026.2.2", plan.path("server_version").asString());
        List<String> changed = plan.path("resource_changes").valueStream()
                .flatMap(c -> c.path("changes").valueStream().map(f -> c.path("address").asString() + f.path("path").asString()))
                .toList();
        assertEquals(List.of("ProxyProvider.Domain wide catch all/access_token_validity",
                "Outpost.Catch-all proxy outpost/config/kubernetes_json_patches/deployment",
                "Outpost.authentik Embedded Outpost/config/kubernetes_json_patches/deployment"), changed);
        JsonNode provider = plan.path("resource_changes").get(0);
        assertEquals("update", provider.path("action").asString());
        assertEquals("1", provider.path("id").asString());
        assertEquals("hours=168", provider.at("/changes/0/before").asString());
        assertEquals("hours=24", provider.at("/changes/0/after").asString());
        assertTrue(provider.path("live_fingerprint").asString().startsWith("sha256:"));
        assertEquals("no-op", plan.path("resource_changes").get(1).path("action").asString());
        assertTrue(plan.at("/resource_changes/3/changes/0/after").isNull(), "null removes the embedded outpost's patches");
        assertEquals(3, plan.at("/summary/change").asInt());
        assertEquals(0, plan.at("/summary/add").asInt());
    }

    @Test
    void equivalentValuesPlanAsNoChange() throws IOException {
        ObjectNode outpostConfig = (ObjectNode) authentik.object("/outposts/instances/", "name", "Catch-all proxy outpost").get("config");
        ((ObjectNode) authentik.object("/outposts/instances/", "name", "authentik Embedded Outpost").get("config"))
                .remove("kubernetes_json_patches");
        ((ObjectNode) authentik.object("/providers/proxy/", "name", "Domain wide catch all")).put("access_token_validity", "hours=24");
        JsonNode patches = JsonMapper.builder().build().readTree("""
                {"deployment": [
                  {"op": "add", "path": "/spec/template/spec/volumes",
                   "value": [{"name": "dshm", "emptyDir": {"medium": "Memory", "sizeLimit": "512Mi"}}]},
                  {"op": "add", "path": "/spec/template/spec/containers/0/volumeMounts",
                   "value": [{"name": "dshm", "mountPath": "/dev/shm"}]}]}""");
        outpostConfig.set("kubernetes_json_patches", patches);
        Path config = config();
        replace(config.resolve("catch-all-provider.yaml"), "access_token_validity: hours=24",
                "access_token_validity: days=1\n  refresh_token_validity: hours=720\n"
                        + "  property_mappings:\n    - goauthentik.io/providers/proxy/scope-proxy");

        CliRun run = plan("-c", config.toString(), "--detailed-exitcode");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("No changes. Authentik matches the configuration."), run::toString);
    }

    @Test
    void emptyPropertyMappingsAreNoDifferenceFromTheFiveAuthentikAdds() throws IOException {
        Path config = config();
        replace(config.resolve("catch-all-provider.yaml"), "access_token_validity: hours=24",
                "access_token_validity: hours=168\n  property_mappings: []");
        Files.delete(config.resolve("embedded-outpost.yaml"));
        Files.delete(config.resolve("catch-all-outpost.yaml"));
        CliRun run = plan("-c", config.toString(), "--detailed-exitcode");
        assertEquals(0, run.exitCode(), run::toString);
    }

    @Test
    void objectCreatedOnlyInAuthentikIsUnmanaged() {
        ObjectNode extra = (ObjectNode) authentik.list("/providers/proxy/").get(0).deepCopy();
        extra.put("pk", 7).put("name", "made in the UI");
        authentik.list("/providers/proxy/").add(extra);

        CliRun run = plan("-c", "config", "--output", "json");
        JsonNode plan = JsonMapper.builder().build().readTree(run.out());
        assertEquals("ProxyProvider", plan.at("/unmanaged/0/kind").asString());
        assertEquals("made in the UI", plan.at("/unmanaged/0/name").asString());
        assertEquals("7", plan.at("/unmanaged/0/id").asString());
        assertEquals(1, plan.at("/summary/unmanaged").asInt());
        assertEquals(3, plan.at("/summary/change").asInt(), "unmanaged objects are not changes");

        CliRun text = plan("-c", "config");
        assertTrue(text.out().contains("Unmanaged: in Authentik but not in the configuration"), text::toString);
        assertTrue(text.out().contains("ProxyProvider \"made in the UI\""), text::toString);
    }

    @Test
    void onlyGetsOneListPerKindAndPage() {
        // 45 providers: three pages of 20 at the server's default, one page at akconf's page_size=100.
        for (int i = 0; i < 44; i++) {
            ObjectNode extra = (ObjectNode) authentik.list("/providers/proxy/").get(0).deepCopy();
            authentik.list("/providers/proxy/").add(extra.put("pk", 100 + i).put("name", "p" + i));
        }
        plan("-c", "config");
        List<RecordedRequest> requests = authentik.requests();
        assertTrue(requests.stream().allMatch(r -> r.getMethod().equals("GET")), "plan never writes");
        Map<String, Long> perPath = requests.stream()
                .collect(Collectors.groupingBy(r -> r.getUrl().encodedPath(), Collectors.counting()));
        assertEquals(Map.of(
                "/api/v3/admin/version/", 1L,
                "/api/v3/core/users/me/", 1L,
                "/api/v3/providers/proxy/", 1L,
                "/api/v3/core/applications/", 1L,
                "/api/v3/outposts/instances/", 1L,
                "/api/v3/outposts/instances/default_settings/", 1L,
                "/api/v3/outposts/service_connections/all/", 1L,
                "/api/v3/flows/instances/", 1L,
                // undeclared property_mappings are compared too: the table names the five Authentik adds
                "/api/v3/propertymappings/provider/scope/", 1L), perPath);
        assertTrue(requests.stream().filter(r -> r.getUrl().encodedPath().endsWith("/core/applications/"))
                .allMatch(r -> "true".equals(r.getUrl().queryParameter("superuser_full_list"))));
        assertTrue(requests.stream().filter(r -> r.getUrl().encodedPath().endsWith("/providers/proxy/"))
                .allMatch(r -> "100".equals(r.getUrl().queryParameter("page_size"))));
    }

    @Test
    void wrongTokenExits4WithOneClearLine() {
        CliRun run = CliRun.run(Map.of("AUTHENTIK_URL", authentik.url(), "AUTHENTIK_TOKEN", "wrong-token-123"), "plan", "-c", "config");
        assertEquals(4, run.exitCode(), run::toString);
        assertEquals("", run.out(), "nothing on stdout");
        List<String> lines = run.err().lines().toList();
        assertEquals(1, lines.size(), run::toString);
        assertTrue(lines.get(0).contains("403"), run::toString);
        assertTrue(lines.get(0).contains("token rejected or lacks permission"), run::toString);
        assertTrue(lines.get(0).contains("Token invalid/expired"), run::toString);
        assertFalse(run.all().contains("wrong-token-123"));
    }

    @Test
    void invalidConfigurationStopsBeforeAnyRequest() throws IOException {
        Path config = config();
        replace(config.resolve("catch-all-provider.yaml"), "hours=24", "hours=24; minutes=5");
        CliRun run = plan("-c", config.toString());
        assertEquals(3, run.exitCode(), run::toString);
        assertTrue(run.err().contains("catch-all-provider.yaml:"), run::toString);
        assertTrue(authentik.requests().isEmpty(), "no request for an invalid configuration");
    }

    @Test
    void missingReferenceIsAnErrorAtItsLine() throws IOException {
        Path config = config();
        replace(config.resolve("catch-all-provider.yaml"), "invalidation_flow: default-provider-invalidation-flow",
                "invalidation_flow: no-such-flow");
        CliRun run = plan("-c", config.toString());
        assertEquals(3, run.exitCode(), run::toString);
        assertTrue(run.err().matches("(?s).*catch-all-provider\\.yaml:\\d+:22: error: flow \"no-such-flow\" does not exist in Authentik.*"),
                run::toString);
        assertEquals("", run.out());
    }

    @Test
    void savedPlanFileHasTheDesiredBodiesAndNoToken() throws IOException {
        Path file = dir.resolve("plan.json");
        CliRun run = plan("-c", "config", "--out", file.toString());
        assertEquals(0, run.exitCode(), run::toString);
        String saved = Files.readString(file);
        assertFalse(saved.contains(FakeAuthentik.TOKEN));
        JsonNode plan = JsonMapper.builder().build().readTree(saved);
        JsonNode desired = plan.at("/resource_changes/0/desired");
        assertEquals("6d0e1c7a-1d2b-4c39-9a77-2f1f7f1e0a01", desired.path("authorization_flow").asString(), "references resolved to pks");
        assertEquals("hours=24", desired.path("access_token_validity").asString());
    }

    @Test
    void markdownIsAPullRequestComment() {
        CliRun run = plan("-c", "config", "--output", "markdown");
        assertTrue(run.out().startsWith("### akconf plan"), run::toString);
        assertTrue(run.out().contains("| `~` | ProxyProvider `Domain wide catch all` | update | 1 |"), run::toString);
        assertTrue(run.out().contains("- access_token_validity = \"hours=168\"\n+ access_token_validity = \"hours=24\""), run::toString);
    }

    @Test
    void debugLogsEachRequestButNeverTheToken() {
        CliRun run = plan("-c", "config", "--debug");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.err().lines().anyMatch(l -> l.startsWith("akconf: debug: ") && l.contains("GET ") && l.contains("/providers/proxy/")),
                run::toString);
        assertFalse(run.err().contains("Authorization"), "no headers in debug lines");
        assertFalse(run.out().contains("akconf: debug"), "debug lines stay off stdout");
    }

    @Test
    void noUrlIsAUsageError() {
        CliRun run = CliRun.run(Map.of("AUTHENTIK_TOKEN", "x"), "plan", "-c", "config");
        assertEquals(64, run.exitCode(), run::toString);
        assertTrue(run.err().contains("no Authentik URL"), run::toString);
    }
}
