package dev.akconf.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * ExpressionPolicy end to end against the simulator: created with a binding that names it in the same
 * apply, re-planned clean, a UI edit planned and reset, imported back clean; a binding to a policy
 * that already exists; a policy Authentik refuses to compile; a policy and its binding deleted.
 */
class ExpressionPolicyEndToEndTest {

    private static final String POLICY = """
            kind: ExpressionPolicy
            name: grafana vpn
            spec:
              expression: |
                # the VPN's address range only
                return ak_client_ip in ip_network("10.8.0.0/16")
            """;
    private static final String VPN_BINDING = """
            kind: PolicyBinding
            target: {application: grafana}
            policy: grafana vpn
            spec:
              order: 10
            """;
    /** The application and its binding to the incident seed's own policy. */
    private static final String OFFICE = """
            kind: Application
            slug: grafana
            spec:
              name: Grafana
            ---
            kind: PolicyBinding
            target: {application: grafana}
            policy: grafana office network
            spec:
              order: 20
            """;
    /** A policy, an application, and bindings to the new policy and to the incident seed's own one. */
    private static final String CONFIG = POLICY + "---\n" + VPN_BINDING + "---\n" + OFFICE;

    @TempDir
    Path dir;

    private Path config(String name, String text) throws IOException {
        Path config = Files.createDirectories(dir.resolve(name));
        Files.writeString(config.resolve("grafana.yaml"), text);
        return config;
    }

    private static String pk(SimHarness h, String path, String field, String value) {
        return h.sim.state().list(path).stream().filter(o -> o.path(field).asString("").equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + field + " " + value + " in " + path)).path("pk").asString();
    }

    private static Stream<ObjectNode> bindingsOf(SimHarness h, String application) {
        String target = pk(h, "/core/applications/", "slug", application);
        return h.sim.state().list("/policies/bindings/").stream().filter(b -> b.path("target").asString("").equals(target));
    }

    @Test
    void aPolicyAndABindingNamingItAreCreatedInOneApplyAndRoundTrip() throws IOException {
        Path config = config("config", CONFIG);
        try (SimHarness h = SimHarness.incident()) {
            CliRun plan = h.run("plan", "-c", config.toString(), "--detailed-exitcode", "--no-color");
            assertEquals(2, plan.exitCode(), plan::toString);
            assertTrue(plan.out().contains("+ ExpressionPolicy \"grafana vpn\""), plan::toString);
            assertTrue(plan.out().contains("+ PolicyBinding \"application:grafana policy:grafana vpn\""), plan::toString);
            assertTrue(plan.out().contains("Plan: 4 to add, 0 to change, 0 to destroy."), plan::toString);

            CliRun apply = h.run("apply", "-c", config.toString(), "--auto-approve");
            assertEquals(0, apply.exitCode(), apply::toString);
            String vpn = pk(h, "/policies/expression/", "name", "grafana vpn");
            String office = pk(h, "/policies/all/", "name", "grafana office network");
            assertEquals(java.util.Set.of(vpn, office), bindingsOf(h, "grafana").map(b -> b.path("policy").asString())
                    .collect(java.util.stream.Collectors.toSet()));
            // The YAML block's final newline never reaches Authentik (DRF trims), and is no difference.
            assertFalse(h.sim.state().get("/policies/expression/", vpn).orElseThrow().path("expression").asString().endsWith("\n"));
            CliRun clean = h.run("plan", "-c", config.toString(), "--detailed-exitcode", "--no-color");
            assertEquals(0, clean.exitCode(), clean::toString);
            assertTrue(clean.out().contains("No changes"), clean::toString);

            // A UI edit of the code is a security-relevant change; of the undeclared logging flag, a default reset.
            h.sim.edit("/policies/expression/", vpn, o -> o.put("expression", "return True").put("execution_logging", true));
            CliRun edited = h.run("plan", "-c", config.toString(), "--detailed-exitcode", "--no-color");
            assertEquals(2, edited.exitCode(), edited::toString);
            assertTrue(edited.out().contains("~ ExpressionPolicy \"grafana vpn\""), edited::toString);
            assertTrue(edited.out().contains("~ execution_logging = true -> false   # not declared: Authentik's default"), edited::toString);
            assertTrue(edited.out().contains("1 security-relevant change"), edited::toString);
            assertEquals(0, h.run("apply", "-c", config.toString(), "--auto-approve").exitCode());
            assertEquals(0, h.run("plan", "-c", config.toString(), "--detailed-exitcode").exitCode(), "reset by apply");

            Path imported = dir.resolve("imported");
            CliRun imp = h.run("import", "--all", "--kind", "ExpressionPolicy", "--kind", "PolicyBinding", "--out", imported.toString());
            assertEquals(0, imp.exitCode(), imp::toString);
            String files = String.join("\n---\n", readAll(imported));
            assertTrue(files.contains("kind: ExpressionPolicy\nname: grafana vpn\n"), files);
            assertTrue(files.contains("policy: grafana vpn"), files);
            assertFalse(files.contains("execution_logging"), "the default is left out: " + files);
            CliRun replan = h.run("plan", "-c", imported.toString(), "--detailed-exitcode", "--no-color");
            assertEquals(0, replan.exitCode(), () -> replan + "\n" + files);
        }
    }

    @Test
    void refreshWritesAUiEditOfTheExpressionIntoTheFile() throws IOException {
        Path config = config("config", CONFIG);
        try (SimHarness h = SimHarness.incident()) {
            assertEquals(0, h.run("apply", "-c", config.toString(), "--auto-approve").exitCode());
            String vpn = pk(h, "/policies/expression/", "name", "grafana vpn");
            h.sim.edit("/policies/expression/", vpn, o -> o.put("expression", "# widened\nreturn True").put("execution_logging", true));
            CliRun refresh = h.run("refresh", "-c", config.toString());
            assertEquals(2, refresh.exitCode(), refresh::toString);
            String text = Files.readString(config.resolve("grafana.yaml"));
            assertTrue(text.startsWith("kind: ExpressionPolicy\nname: grafana vpn\nspec:\n"), text);
            assertTrue(text.contains("# widened"), text);
            assertTrue(text.contains("execution_logging: true"), text);
            CliRun clean = h.run("plan", "-c", config.toString(), "--detailed-exitcode", "--no-color");
            assertEquals(0, clean.exitCode(), () -> clean + "\n" + text);
        }
    }

    @Test
    void aBindingNamesAPolicyThatAlreadyExists() throws IOException {
        Path config = config("config", OFFICE);
        try (SimHarness h = SimHarness.incident()) {
            CliRun apply = h.run("apply", "-c", config.toString(), "--auto-approve");
            assertEquals(0, apply.exitCode(), apply::toString);
            assertEquals(java.util.List.of(pk(h, "/policies/expression/", "name", "grafana office network")),
                    bindingsOf(h, "grafana").map(b -> b.path("policy").asString()).toList());
            assertEquals(0, h.run("plan", "-c", config.toString(), "--detailed-exitcode").exitCode());
        }
    }

    @Test
    void aBindingNamesAPolicyOfAnotherTypeBesideADeclaredExpressionPolicy() throws IOException {
        // The policy table then is the expression-policy list, which does not hold other types.
        Path config = config("config", CONFIG.replace("policy: grafana office network", "policy: strong passwords"));
        try (SimHarness h = SimHarness.incident()) {
            String password = h.sim.state().addPolicy(tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                    .put("name", "strong passwords").put("component", "ak-policy-password-form")
                    .put("meta_model_name", "authentik_policies_password.passwordpolicy")
                    .put("verbose_name", "Password Policy").put("verbose_name_plural", "Password Policies")).path("pk").asString();
            CliRun apply = h.run("apply", "-c", config.toString(), "--auto-approve");
            assertEquals(0, apply.exitCode(), apply::toString);
            assertTrue(bindingsOf(h, "grafana").anyMatch(b -> b.path("policy").asString().equals(password)));
            CliRun clean = h.run("plan", "-c", config.toString(), "--detailed-exitcode", "--no-color");
            assertEquals(0, clean.exitCode(), clean::toString);
        }
    }

    @Test
    void anExpressionAuthentikCannotCompileStopsTheApplyWithItsMessage() throws IOException {
        Path config = config("config", "kind: ExpressionPolicy\nname: broken\nspec:\n  expression: return ip_network('10.8.0.0/16'\n");
        try (SimHarness h = SimHarness.incident()) {
            CliRun apply = h.run("apply", "-c", config.toString(), "--auto-approve");
            assertEquals(4, apply.exitCode(), apply::toString);
            assertTrue(apply.all().contains("Expression Syntax Error: '(' was never closed (temp-policy, line 2)"), apply::toString);
            assertEquals(0, h.sim.state().list("/policies/expression/").stream().filter(p -> p.path("name").asString().equals("broken")).count());
        }
    }

    @Test
    void aPolicyAndItsBindingAreDeletedBindingFirst() throws IOException {
        try (SimHarness h = SimHarness.incident()) {
            assertEquals(0, h.run("apply", "-c", config("config", CONFIG).toString(), "--auto-approve").exitCode());
            Path absent = config("absent", CONFIG.replace("name: grafana vpn\nspec:", "name: grafana vpn\nstate: absent\nspec:")
                    .replace("policy: grafana vpn\nspec:", "policy: grafana vpn\nstate: absent\nspec:"));
            CliRun plan = h.run("plan", "-c", absent.toString(), "--detailed-exitcode", "--no-color");
            assertEquals(2, plan.exitCode(), plan::toString);
            assertTrue(plan.out().contains("Plan: 0 to add, 0 to change, 2 to destroy."), plan::toString);
            h.sim.clearRequests();
            assertEquals(0, h.run("apply", "-c", absent.toString(), "--auto-approve").exitCode());
            assertEquals(java.util.List.of("/policies/bindings/", "/policies/expression/"), h.writes().stream()
                    .map(w -> w.path().replaceFirst("^/api/v3", "").replaceFirst("[^/]+/$", "")).toList());
            assertEquals(1, bindingsOf(h, "grafana").count(), "the binding to the other policy stays");
            // Done: the policy stays absent; the binding's document goes (an absent binding whose policy
            // is gone no longer resolves, as for any subject).
            Path done = config("done", POLICY.replace("name: grafana vpn\nspec:", "name: grafana vpn\nstate: absent\nspec:")
                    + "---\n" + OFFICE);
            CliRun after = h.run("plan", "-c", done.toString(), "--detailed-exitcode");
            assertEquals(0, after.exitCode(), after::toString);
        }
    }

    private static java.util.List<String> readAll(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).sorted().map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
