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
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/** {@code akconf import} end to end against Authentik holding the incident's state: what it writes validates and plans as no change. */
class ImportCommandTest {

    /** Fields Authentik computes or owns; none may appear in an import. */
    static final List<String> READ_ONLY = List.of("pk", "component", "assigned_application_slug", "assigned_application_name",
            "assigned_backchannel_application_slug", "assigned_backchannel_application_name", "verbose_name",
            "verbose_name_plural", "meta_model_name", "client_id", "redirect_uris", "outpost_set", "providers_obj",
            "service_connection_obj", "refresh_interval_s", "token_identifier", "provider_obj", "backchannel_providers_obj",
            "launch_url", "meta_icon_url", "meta_icon_themed_urls", "managed", "id");
    static final String UUID = "(?s).*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}.*";

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

    private CliRun run(String... args) {
        CliRun run = CliRun.run(env(), args);
        assertFalse(run.all().contains(FakeAuthentik.TOKEN), "the token must never be printed");
        assertFalse(run.all().contains("\tat "), run::toString);
        return run;
    }

    private void assertOnlyGets() {
        List<String> methods = authentik.requests().stream().map(RecordedRequest::getMethod).distinct().toList();
        assertEquals(List.of("GET"), methods, "import and drift only read");
    }

    private static String readAll(Path dir) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                sb.append(Files.readString(f));
            }
        }
        return sb.toString();
    }

    /**
     * The incident's state once the token lifetime was reviewed in the UI: with hours=168 the guardrail
     * AK001 objects to the imported configuration; see {@link #rawIncidentStateIsAdoptedWithTheGuardrailFindingUpForReview}.
     */
    @Test
    void importedStateValidatesPlansAsNoChangeAndIsInSync() throws IOException {
        authentik.object("/providers/proxy/", "name", "Domain wide catch all").put("access_token_validity", "hours=24");
        Path out = dir.resolve("imported");
        CliRun imported = run("import", "--all", "--out", out.toString());
        assertEquals(0, imported.exitCode(), imported::toString);
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("applications.yaml", "outposts.yaml", "proxy-providers.yaml"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        String yaml = readAll(out);
        assertFalse(yaml.matches(UUID), () -> "a uuid in:\n" + yaml);
        for (String field : READ_ONLY) {
            assertFalse(yaml.matches("(?s).*\n *(- )?" + field + ":.*"), () -> field + " in:\n" + yaml);
        }

        CliRun validate = run("validate", "-c", out.toString());
        assertEquals(0, validate.exitCode(), validate::toString);
        CliRun plan = run("plan", "-c", out.toString(), "--detailed-exitcode");
        assertEquals(0, plan.exitCode(), plan::toString);
        assertTrue(plan.out().contains("No changes."), plan::toString);
        CliRun drift = run("drift", "-c", out.toString());
        assertEquals(0, drift.exitCode(), drift::toString);
        assertOnlyGets();
    }

    /** Import writes what Authentik holds; validate then objects only through the guardrail that describes the incident. */
    @Test
    void rawIncidentStateIsAdoptedWithTheGuardrailFindingUpForReview() throws IOException {
        Path out = dir.resolve("incident");
        CliRun imported = run("import", "--all", "--out", out.toString());
        assertEquals(0, imported.exitCode(), imported::toString);
        assertTrue(imported.err().contains("AK001: 181,440 session files expected"), imported::toString);
        assertTrue(imported.err().contains("(suppressed in the imported file for review)"), imported::toString);
        String outposts = Files.readString(out.resolve("outposts.yaml"));
        assertTrue(outposts.contains("akconf.io/suppress:"), outposts);
        assertTrue(outposts.contains("AK001: \"imported as found in Authentik; review, fix and remove this suppression: 181,440"), outposts);

        // The incident's own state round-trips: valid, no change, in sync; the risk stays visible in review.
        assertEquals(0, run("validate", "-c", out.toString()).exitCode());
        CliRun plan = run("plan", "-c", out.toString(), "--detailed-exitcode");
        assertEquals(0, plan.exitCode(), plan::toString);
        assertEquals(0, run("drift", "-c", out.toString()).exitCode());
        assertOnlyGets();
    }

    @Test
    void providerFileHoldsOnlyWhatDiffersFromTheDefaults() throws IOException {
        CliRun run = run("import", "--kind", "ProxyProvider", "--name", "Domain wide catch all");
        assertEquals(0, run.exitCode(), run::toString);
        String expected = """
                kind: ProxyProvider
                name: Domain wide catch all
                spec:
                  authorization_flow: default-provider-authorization-implicit-consent
                  invalidation_flow: default-provider-invalidation-flow
                  external_host: https://auth.example.com
                  mode: forward_domain
                  cookie_domain: example.com
                  access_token_validity: hours=168
                """;
        assertTrue(run.out().endsWith(expected), run::toString);
        assertTrue(run.out().startsWith("# yaml-language-server: $schema=../schemas/document.schema.json\n"
                + "# Imported from " + authentik.url() + "api/v3 at "), run::toString);
    }

    @Test
    void embeddedOutpostKeepsOnlyConfigKeysThatDifferFromDefaultSettings() {
        CliRun run = run("import", "--kind", "outpost", "--all");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("""
                kind: Outpost
                name: authentik Embedded Outpost
                akconf.io/suppress:
                  AK004: "imported as found in Authentik; review, fix and remove this suppression: Authentik will not act on \
                kubernetes_json_patches.deployment: the managed embedded outpost runs inside the authentik server: the controller \
                creates no Deployment for it, so this patch never applies (authentik/outposts/controllers/k8s/deployment.py)"
                spec:
                  type: proxy
                  providers: []
                  service_connection: Local Kubernetes Cluster
                  config:
                    authentik_host: https://auth.example.com
                    kubernetes_disabled_components:
                      - deployment
                      - secret
                    kubernetes_json_patches:
                """), run::toString);
        assertFalse(run.out().contains("log_level"), run::toString);
    }

    @Test
    void fullWritesEveryWritableField() {
        CliRun run = run("import", "--kind", "Application", "--all", "--full");
        assertEquals(0, run.exitCode(), run::toString);
        for (String field : List.of("name:", "provider:", "backchannel_providers: []", "open_in_new_tab: false",
                "meta_launch_url: blank://blank", "meta_icon: \"\"", "policy_engine_mode: any", "group: \"\"")) {
            assertTrue(run.out().contains("  " + field), () -> field + " missing:\n" + run);
        }
    }

    @Test
    void splitWritesOneFilePerResourceAndRefusesToOverwrite() throws IOException {
        Path out = dir.resolve("split");
        CliRun first = run("import", "--all", "--split", "--out", out.toString());
        assertEquals(0, first.exitCode(), first::toString);
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("application-domain-wide-catch-all.yaml", "outpost-authentik-embedded-outpost.yaml",
                    "outpost-catch-all-proxy-outpost.yaml", "proxy-provider-domain-wide-catch-all.yaml"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        CliRun again = run("import", "--all", "--split", "--out", out.toString());
        assertEquals(64, again.exitCode(), again::toString);
        assertTrue(again.err().contains("--force"), again::toString);
        assertEquals(0, run("import", "--all", "--split", "--out", out.toString(), "--force").exitCode());
    }

    @Test
    void unknownNameIsAUsageError() {
        CliRun run = run("import", "--kind", "ProxyProvider", "--name", "nope");
        assertEquals(64, run.exitCode(), run::toString);
        assertTrue(run.err().contains("no ProxyProvider named \"nope\""), run::toString);
    }

    @Test
    void needsNameOrAll() {
        assertEquals(64, run("import").exitCode());
        assertEquals(64, run("import", "--all", "--name", "x").exitCode());
        assertEquals(64, run("import", "--all", "--split").exitCode());
        assertEquals(64, run("import", "--all", "--kind", "Flow").exitCode());
    }

    @Test
    void wrongTokenIsExit4WithoutTheToken() {
        CliRun run = CliRun.run(Map.of("AUTHENTIK_URL", authentik.url(), "AUTHENTIK_TOKEN", "wrong-token-123"), "import", "--all");
        assertEquals(4, run.exitCode(), run::toString);
        assertFalse(run.all().contains("wrong-token-123"), run::toString);
        assertTrue(run.err().startsWith("akconf: 403"), run::toString);
    }

    @Test
    void uiEditedValuesComeBackAsTheyAre() {
        ObjectNode provider = authentik.object("/providers/proxy/", "name", "Domain wide catch all");
        provider.put("skip_path_regex", "^/health$\n^/metrics$").put("access_token_validity", "hours=2; minutes=30")
                .put("cookie_domain", "${HOME}");
        CliRun run = run("import", "--kind", "ProxyProvider", "--all");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("  skip_path_regex: |-\n    ^/health$\n    ^/metrics$\n"), run::toString);
        assertTrue(run.out().contains("  # Authentik holds \"hours=2; minutes=30\", which it reads as hours=2.\n"), run::toString);
        assertTrue(run.out().contains("  cookie_domain: $${HOME}\n"), run::toString);
    }
}
