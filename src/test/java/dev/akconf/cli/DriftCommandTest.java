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
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code akconf drift} end to end over real HTTP: exit codes, JUnit XML, metrics, ignore file; only ever GETs. */
class DriftCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

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
        List<String> methods = authentik.requests().stream().map(RecordedRequest::getMethod).distinct().toList();
        assertTrue(methods.isEmpty() || methods.equals(List.of("GET")), "drift only reads: " + methods);
    }

    private CliRun drift(Map<String, String> env, String... args) {
        String[] all = Stream.concat(Stream.of("drift"), Stream.of(args)).toArray(String[]::new);
        CliRun run = CliRun.run(env, all);
        assertFalse(run.all().contains(FakeAuthentik.TOKEN), "the token must never be printed");
        assertFalse(run.all().contains("\tat "), run::toString);
        return run;
    }

    private CliRun drift(String... args) {
        return drift(Map.of("AUTHENTIK_URL", authentik.url(), "AUTHENTIK_TOKEN", FakeAuthentik.TOKEN), args);
    }

    /** Authentik after the reviewed fix was applied: what config/ declares. */
    private void applyTheFix() {
        authentik.object("/providers/proxy/", "name", "Domain wide catch all").put("access_token_validity", "hours=24");
        ((ObjectNode) authentik.object("/outposts/instances/", "name", "authentik Embedded Outpost").get("config"))
                .putNull("kubernetes_json_patches");
        ObjectNode config = (ObjectNode) authentik.object("/outposts/instances/", "name", "Catch-all proxy outpost").get("config");
        config.set("kubernetes_json_patches", JSON.readTree("""
                {"deployment": [
                  {"op": "add", "path": "/spec/template/spec/volumes",
                   "value": [{"name": "dshm", "emptyDir": {"medium": "Memory", "sizeLimit": "512Mi"}}]},
                  {"op": "add", "path": "/spec/template/spec/containers/0/volumeMounts",
                   "value": [{"name": "dshm", "mountPath": "/dev/shm"}]}]}"""));
    }

    private static Document xml(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    @Test
    void inSyncIsExit0WithPassingTestsAndZeroDrift() throws Exception {
        applyTheFix();
        Path junit = dir.resolve("drift.xml");
        Path metrics = dir.resolve("akconf.prom");
        CliRun run = drift("-c", "config", "--junit", junit.toString(), "--metrics", metrics.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("In sync: Authentik matches the configuration."), run::toString);
        Element suite = (Element) xml(junit).getElementsByTagName("testsuite").item(0);
        assertEquals("4", suite.getAttribute("tests"));
        assertEquals("0", suite.getAttribute("failures"));
        String prom = Files.readString(metrics);
        assertTrue(prom.contains("akconf_drift_resources{kind=\"ProxyProvider\",action=\"update\"} 0\n"), prom);
        assertTrue(prom.contains("akconf_managed_resources{kind=\"Outpost\"} 2\n"), prom);
        assertTrue(prom.contains("akconf_last_run_success 1\n"), prom);
        assertTrue(prom.contains("# TYPE akconf_last_run_timestamp_seconds gauge\n"), prom);
    }

    @Test
    void editInTheUiIsExit2WithAFailingTestcaseAndDriftMetrics() throws Exception {
        applyTheFix();
        authentik.object("/providers/proxy/", "name", "Domain wide catch all").put("access_token_validity", "days=7");
        Path junit = dir.resolve("reports/drift.xml");
        Path metrics = dir.resolve("akconf.prom");
        CliRun run = drift("-c", "config", "--junit", junit.toString(), "--metrics", metrics.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.out().contains("~ access_token_validity = \"days=7\" -> \"hours=24\""), run::toString);
        assertTrue(run.out().contains("Drift: 1 changed, 0 missing, 0 to delete, 0 unmanaged."), run::toString);

        NodeList failures = xml(junit).getElementsByTagName("failure");
        assertEquals(1, failures.getLength());
        Element failure = (Element) failures.item(0);
        Element testcase = (Element) failure.getParentNode();
        assertEquals("akconf.ProxyProvider", testcase.getAttribute("classname"));
        assertEquals("Domain wide catch all", testcase.getAttribute("name"));
        assertEquals("drift", failure.getAttribute("type"));
        assertTrue(failure.getTextContent().contains("access_token_validity: \"days=7\" -> \"hours=24\""), failure.getTextContent());
        String prom = Files.readString(metrics);
        assertTrue(prom.contains("akconf_drift_resources{kind=\"ProxyProvider\",action=\"update\"} 1\n"), prom);
        assertTrue(prom.contains("akconf_last_run_success 1\n"), prom);
    }

    @Test
    void objectCreatedOnlyInTheUiIsDriftUnlessUnmanagedAreIgnored() throws Exception {
        applyTheFix();
        ObjectNode extra = (ObjectNode) authentik.list("/providers/proxy/").get(0).deepCopy();
        authentik.list("/providers/proxy/").add(extra.put("pk", 7).put("name", "made in the UI"));
        Path junit = dir.resolve("drift.xml");
        CliRun run = drift("-c", "config", "--junit", junit.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.out().contains("ProxyProvider \"made in the UI\""), run::toString);
        Element failure = (Element) xml(junit).getElementsByTagName("failure").item(0);
        assertEquals("unmanaged", failure.getAttribute("type"));
        assertEquals("made in the UI", ((Element) failure.getParentNode()).getAttribute("name"));

        CliRun ignoring = drift("-c", "config", "--ignore-unmanaged", "--junit", junit.toString());
        assertEquals(0, ignoring.exitCode(), ignoring::toString);
        assertTrue(ignoring.out().contains("unmanaged objects not counted (--ignore-unmanaged)"), ignoring::toString);
        assertEquals(1, xml(junit).getElementsByTagName("skipped").getLength());
    }

    @Test
    void objectDeletedInTheUiIsMissing() {
        applyTheFix();
        authentik.list("/core/applications/").removeAll();
        CliRun run = drift("-c", "config", "--output", "json");
        assertEquals(2, run.exitCode(), run::toString);
        JsonNode report = JSON.readTree(run.out());
        assertEquals(1, report.at("/drift/missing").asInt(), run::toString);
        assertFalse(report.at("/drift/in_sync").asBoolean(), run::toString);
        assertEquals("create", report.at("/resource_changes/1/action").asString(), run::toString);
    }

    @Test
    void rejectedTokenIsExit4AndAFailedRunInTheMetrics() throws Exception {
        Path metrics = dir.resolve("akconf.prom");
        Path junit = dir.resolve("drift.xml");
        Files.writeString(metrics, "akconf_last_run_success 1\n");
        CliRun run = drift(Map.of("AUTHENTIK_URL", authentik.url(), "AUTHENTIK_TOKEN", "rejected-token-42"),
                "-c", "config", "--metrics", metrics.toString(), "--junit", junit.toString());
        assertEquals(4, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("akconf: 403 Forbidden from GET /admin/version/"), run::toString);
        assertFalse(run.all().contains("rejected-token-42"), run::toString);
        String prom = Files.readString(metrics);
        assertTrue(prom.contains("akconf_last_run_success 0\n"), prom);
        assertTrue(prom.matches("(?s).*\nakconf_last_run_timestamp_seconds [0-9]{10}\n.*"), prom);
        assertFalse(prom.contains("akconf_drift_resources"), "no numbers from a run that could not compare: " + prom);
        assertFalse(prom.contains("rejected-token-42"));
        Element error = (Element) xml(junit).getElementsByTagName("error").item(0);
        assertTrue(error.getAttribute("message").contains("403"), error.getAttribute("message"));
        assertFalse(Files.readString(junit).contains("rejected-token-42"));
    }

    @Test
    void unreachableAuthentikIsExit4() throws IOException {
        Path metrics = dir.resolve("akconf.prom");
        CliRun run = drift(Map.of("AUTHENTIK_URL", "http://127.0.0.1:1", "AUTHENTIK_TOKEN", FakeAuthentik.TOKEN),
                "-c", "config", "--metrics", metrics.toString(), "--retry-time", "0", "--connect-timeout", "1");
        assertEquals(4, run.exitCode(), run::toString);
        assertTrue(Files.readString(metrics).contains("akconf_last_run_success 0\n"));
    }

    @Test
    void ignoredEditDoesNotCountAndIsReported() throws IOException {
        applyTheFix();
        authentik.object("/providers/proxy/", "name", "Domain wide catch all").put("access_token_validity", "days=7");
        Path ignore = dir.resolve("ignore.yaml");
        Files.writeString(ignore, """
                - kind: ProxyProvider
                  name: Domain wide catch all
                  path: access_token_validity
                  reason: INC-42 load test until Friday
                - kind: Outpost
                  name: gone
                  reason: decommissioned
                """);
        Path metrics = dir.resolve("akconf.prom");
        CliRun run = drift("-c", "config", "--ignore", ignore.toString(), "--metrics", metrics.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("ProxyProvider \"Domain wide catch all\" access_token_validity: \"days=7\" -> \"hours=24\": "
                + "INC-42 load test until Friday"), run::toString);
        assertTrue(run.out().contains("Ignore rules that matched nothing"), run::toString);
        assertTrue(run.out().contains("Outpost \"gone\""), run::toString);
        assertTrue(Files.readString(metrics).contains("akconf_ignored_differences{kind=\"ProxyProvider\"} 1\n"));

        JsonNode json = JSON.readTree(drift("-c", "config", "--ignore", ignore.toString(), "--output", "json").out());
        assertEquals("/access_token_validity", json.at("/drift/ignored/0/path").asString());
        assertEquals("INC-42 load test until Friday", json.at("/drift/ignored/0/reason").asString());
        assertEquals("no-op", json.at("/resource_changes/0/action").asString());

        String md = drift("-c", "config", "--ignore", ignore.toString(), "--output", "markdown").out();
        assertTrue(md.startsWith("### akconf drift\n"), md);
        assertTrue(md.contains("1 ignored difference(s)"), md);
    }

    @Test
    void invalidIgnoreFileIsExit3BeforeAnyRequest() throws IOException {
        Path ignore = dir.resolve("ignore.yaml");
        Files.writeString(ignore, "- kind: ProxyProvidr\n  name: x\n");
        Path metrics = dir.resolve("akconf.prom");
        CliRun run = drift("-c", "config", "--ignore", ignore.toString(), "--metrics", metrics.toString());
        assertEquals(3, run.exitCode(), run::toString);
        assertTrue(run.err().contains(ignore + ":1:9: error: unknown kind \"ProxyProvidr\" — did you mean \"ProxyProvider\"?"), run::toString);
        assertTrue(run.err().contains(ignore + ":1:3: error: missing reason"), run::toString);
        assertTrue(authentik.requests().isEmpty(), "nothing was sent");
        assertTrue(Files.readString(metrics).contains("akconf_last_run_success 0\n"));
    }

    @Test
    void incidentStateIsDrift() {
        CliRun run = drift("-c", "config", "--output", "markdown");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.out().contains("Drift: 3 changed, 0 missing, 0 to delete, 0 unmanaged."), run::toString);
    }

    @Test
    void emptyOrNullPatchesDriftFromAuthentiksPatchesAndMatchNone() throws IOException {
        applyTheFix();
        for (String reset : new String[] {"{}", "null"}) {
            Path config = Files.createDirectories(dir.resolve("reset-" + reset.length()));
            try (Stream<Path> files = Files.list(Path.of("config"))) {
                for (Path f : files.toList()) {
                    Files.copy(f, config.resolve(f.getFileName()));
                }
            }
            Path standalone = config.resolve("catch-all-outpost.yaml");
            String text = Files.readString(standalone);
            Files.writeString(standalone, text.substring(0, text.indexOf("    kubernetes_json_patches:"))
                    .replace("name: Catch-all proxy outpost\n", "name: Catch-all proxy outpost\nakconf.io/suppress: {AK001: test}\n")
                    + "    kubernetes_json_patches: " + reset + "\n");
            Path embedded = config.resolve("embedded-outpost.yaml");
            Files.writeString(embedded, Files.readString(embedded).replace("kubernetes_json_patches: null", "kubernetes_json_patches: " + reset));
            CliRun run = drift("-c", config.toString());
            assertEquals(2, run.exitCode(), run::toString);
            assertTrue(run.out().contains("- config.kubernetes_json_patches.deployment:"), reset + " resets the patches: " + run);
            assertTrue(run.out().contains("Drift: 1 changed,"), reset + " matches the embedded outpost's null: " + run);
        }
    }

    @Test
    void aPatchComponentAddedInTheUiIsDrift() {
        applyTheFix();
        ((ObjectNode) authentik.object("/outposts/instances/", "name", "Catch-all proxy outpost").path("config")
                .path("kubernetes_json_patches")).set("service", JSON.readTree("[{\"op\": \"replace\", \"path\": \"/spec/type\", \"value\": \"NodePort\"}]"));
        CliRun run = drift("-c", "config");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.out().contains("- config.kubernetes_json_patches.service"), run::toString);
        assertTrue(run.out().contains("Drift: 1 changed, 0 missing, 0 to delete, 0 unmanaged."), run::toString);
    }

    @Test
    void helpShowsExamplesAndExitCodes() {
        CliRun run = CliRun.run("drift", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Examples:"), run::toString);
        assertTrue(run.out().contains("--ignore-unmanaged"), run::toString);
        assertTrue(run.out().contains("4 Authentik unreachable or token rejected"), run::toString);
        assertTrue(CliRun.run("import", "--help").out().contains("Examples:"));
    }
}
