package dev.akconf.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.cli.CliRun;
import dev.akconf.sim.SimOptions;
import dev.akconf.sim.SimState;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * References into what Authentik holds, whatever the configuration declares; the token's user and the
 * server's version checked at the start of every online command.
 */
class ServerAndReferencesEndToEndTest {

    /** A binding of Authentik's own objects only: no Application or Group document is declared. */
    private static final String ADMINS_BINDING = """
            kind: PolicyBinding
            target: {application: domain-wide-catch-all}
            group: authentik Admins
            spec:
              order: 10
            """;

    @TempDir
    Path dir;

    private Path config(String yaml) throws IOException {
        Path c = Files.createDirectories(dir.resolve("c"));
        Files.writeString(c.resolve("binding.yaml"), yaml);
        return c;
    }

    private static long gets(SimHarness h, String apiPath) {
        return h.sim.requests().stream().filter(r -> r.method().equals("GET") && r.path().equals("/api/v3" + apiPath)).count();
    }

    @Test
    void aBindingToTheExistingAdminsGroupPlansAppliesAndConverges() throws IOException {
        Path c = config(ADMINS_BINDING + """
                ---
                kind: PolicyBinding
                target: {application: domain-wide-catch-all}
                user: akadmin
                spec:
                  order: 20
                """);
        try (SimHarness h = SimHarness.incident()) {
            CliRun plan = h.run("plan", "-c", c.toString(), "--detailed-exitcode");
            assertEquals(2, plan.exitCode(), plan::toString);
            assertTrue(plan.out().contains("+ PolicyBinding \"application:domain-wide-catch-all group:authentik Admins\""), plan::toString);
            // Each referenced kind's table was read once, with one list request, though not declared.
            assertEquals(1, gets(h, "/core/groups/"), h.sim.requests()::toString);
            assertEquals(1, gets(h, "/core/applications/"), h.sim.requests()::toString);
            assertEquals(1, gets(h, "/core/users/"), h.sim.requests()::toString);
            assertEquals(0, h.sim.requests().stream().filter(r -> r.path().matches(".*/core/groups/.+/")).count(),
                    "never one GET per object");

            CliRun apply = h.run("apply", "-c", c.toString(), "--auto-approve");
            assertEquals(0, apply.exitCode(), apply::toString);
            assertEquals(2, h.writes().size(), h.writes()::toString);

            CliRun again = h.run("plan", "-c", c.toString(), "--detailed-exitcode");
            assertEquals(0, again.exitCode(), again::toString);
            assertTrue(again.out().contains("No changes"), again::toString);

            CliRun imported = h.run("import", "--all", "--kind", "PolicyBinding");
            assertEquals(0, imported.exitCode(), imported::toString);
            assertTrue(imported.out().contains("group: authentik Admins"), imported::toString);
            assertTrue(imported.out().contains("application: domain-wide-catch-all"), imported::toString);
            assertTrue(imported.out().contains("user: akadmin"), imported::toString);
            // Imported back, the bindings plan as they are: nothing to change.
            Path back = dir.resolve("imported");
            assertEquals(0, h.run("import", "--all", "--kind", "PolicyBinding", "--out", back.toString()).exitCode());
            CliRun replan = h.run("plan", "-c", back.toString(), "--detailed-exitcode");
            assertEquals(0, replan.exitCode(), replan::toString);
        }
    }

    @Test
    void aReferenceToNothingIsStillOneLineAtItsKey() throws IOException {
        Path c = config(ADMINS_BINDING.replace("group: authentik Admins", "group: authentik Admin"));
        try (SimHarness h = SimHarness.incident()) {
            CliRun plan = h.run("plan", "-c", c.toString());
            assertEquals(3, plan.exitCode(), plan::toString);
            assertTrue(plan.err().contains(c.resolve("binding.yaml") + ":3:8: error: group \"authentik Admin\" does not exist"
                    + " in Authentik (looked up by name in GET /core/groups/)"), plan::toString);
        }
    }

    @Test
    void aLiteralUuidResolvesAgainstTheListToo() throws IOException {
        try (SimHarness h = SimHarness.incident()) {
            String admins = h.sim.state().list("/core/groups/").stream()
                    .filter(g -> g.path("name").asString().equals("authentik Admins")).findFirst().orElseThrow().path("pk").asString();
            Path c = config(ADMINS_BINDING.replace("group: authentik Admins", "group: " + admins));
            CliRun plan = h.run("plan", "-c", c.toString(), "--detailed-exitcode");
            assertEquals(2, plan.exitCode(), plan::toString);
            assertEquals(1, gets(h, "/core/groups/"), h.sim.requests()::toString);
            CliRun missing = h.run("plan", "-c", config(ADMINS_BINDING.replace("group: authentik Admins",
                    "group: 00000000-0000-4000-8000-000000000000")).toString());
            assertEquals(3, missing.exitCode(), missing::toString);
        }
    }

    @Test
    void aNonSuperusersTokenIsRefusedBeforeAnyPlan() throws IOException {
        Path c = config(ADMINS_BINDING);
        try (SimHarness h = SimHarness.incident()) {
            Map<String, String> env = Map.of("AUTHENTIK_URL", h.sim.url(), "AUTHENTIK_TOKEN", h.sim.viewerToken());
            for (List<String> args : List.of(List.of("plan", "-c", c.toString()), List.of("drift", "-c", c.toString()),
                    List.of("apply", "-c", c.toString(), "--auto-approve"), List.of("import", "--all"))) {
                CliRun run = CliRun.run(env, args.toArray(String[]::new));
                assertEquals(4, run.exitCode(), run::toString);
                assertEquals("akconf: the token's user \"alice\" is not a superuser (GET /core/users/me/ says"
                        + " is_superuser: false): Authentik lists only the applications a non-superuser's policies"
                        + " let them open (ApplicationViewSet.list, authentik/core/api/applications.py), so akconf"
                        + " would plan hidden applications as creates; use a token of a member of a group with"
                        + " is_superuser (e.g. \"authentik Admins\")", run.err().strip(), run::toString);
                assertFalse(run.all().contains(h.sim.viewerToken()), run::toString);
            }
            assertTrue(h.writes().isEmpty(), h.writes()::toString);
        }
    }

    @Test
    void aSavedPlanIsRefusedToANonSuperusersToken() throws IOException {
        Path c = config(ADMINS_BINDING);
        Path saved = dir.resolve("plan.json");
        try (SimHarness h = SimHarness.incident()) {
            assertEquals(0, h.run("plan", "-c", c.toString(), "--out", saved.toString()).exitCode());
            CliRun run = CliRun.run(Map.of("AUTHENTIK_URL", h.sim.url(), "AUTHENTIK_TOKEN", h.sim.viewerToken()),
                    "apply", saved.toString());
            assertEquals(4, run.exitCode(), run::toString);
            assertTrue(run.err().contains("is not a superuser"), run::toString);
            assertTrue(h.writes().isEmpty(), h.writes()::toString);
        }
    }

    @Test
    void anotherServerVersionIsWarnedAboutOnce() throws IOException {
        ObjectNode fixture;
        try (InputStream in = SimState.class.getResourceAsStream("/sim/incident.json")) {
            fixture = (ObjectNode) JsonMapper.builder().build().readTree(in);
        }
        ((ObjectNode) fixture.get("/admin/version/")).put("version_current", "2025.10.3");
        Path c = config(ADMINS_BINDING);
        try (SimHarness h = new SimHarness(SimOptions.builder().fixture(fixture).build())) {
            String warning = "akconf: warning: Authentik at " + h.sim.apiUrl() + " reports version 2025.10.3, but akconf"
                    + " was checked against 2026.2.x only: rules and defaults may differ";
            for (String command : List.of("plan", "drift")) {
                CliRun run = h.run(command, "-c", c.toString());
                assertEquals(1, run.err().split(java.util.regex.Pattern.quote(warning), -1).length - 1, run::toString);
                assertFalse(run.out().contains("warning"), "diagnostics go to stderr: " + run);
            }
            CliRun apply = h.run("apply", "-c", c.toString(), "--auto-approve");
            assertEquals(0, apply.exitCode(), apply::toString);
            assertEquals(1, apply.err().split(java.util.regex.Pattern.quote(warning), -1).length - 1, apply::toString);
            Path saved = dir.resolve("saved.json");
            h.run("plan", "-c", config(ADMINS_BINDING.replace("order: 10", "order: 11")).toString(), "--out", saved.toString());
            CliRun applySaved = h.run("apply", saved.toString());
            assertEquals(0, applySaved.exitCode(), applySaved::toString);
            assertEquals(1, applySaved.err().split(java.util.regex.Pattern.quote(warning), -1).length - 1, applySaved::toString);
            CliRun imported = h.run("import", "--all");
            assertEquals(1, imported.err().split(java.util.regex.Pattern.quote(warning), -1).length - 1, imported::toString);
        }
        try (SimHarness h = SimHarness.incident()) {
            CliRun run = h.run("plan", "-c", c.toString());
            assertFalse(run.all().contains("checked against"), "2026.2.2 is checked: " + run);
        }
    }
}
