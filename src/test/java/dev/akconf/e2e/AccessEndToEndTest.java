package dev.akconf.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.cli.CliRun;
import dev.akconf.config.ConfigLoader;
import dev.akconf.config.LoadedConfig;
import dev.akconf.config.Resource;
import dev.akconf.kinds.Kind;
import dev.akconf.kinds.ResourceKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * Who may reach an application, managed end to end: a custom scope mapping used by a provider,
 * two groups, and bindings giving one group access to one application.
 */
class AccessEndToEndTest {

    private static final String CONFIG = """
            kind: ScopeMapping
            name: grafana groups
            spec:
              scope_name: groups
              expression: |-
                return {"groups": [g.name for g in request.user.ak_groups.all()]}
              description: Your groups
            ---
            kind: ProxyProvider
            name: grafana
            spec:
              mode: forward_single
              external_host: https://grafana.example.com
              authorization_flow: default-provider-authorization-implicit-consent
              invalidation_flow: default-provider-invalidation-flow
              access_token_validity: hours=8
              property_mappings: [grafana groups]
            ---
            kind: Application
            slug: grafana
            spec:
              name: Grafana
              provider: grafana
            ---
            kind: Group
            name: grafana-admins
            spec:
              attributes: {grafana_role: Admin}
            ---
            kind: Group
            name: grafana-viewers
            spec:
              parents: [grafana-admins]
            ---
            kind: PolicyBinding
            target: {application: grafana}
            group: grafana-viewers
            spec:
              order: 10
            """;

    @TempDir
    Path dir;

    @Test
    void plansAppliesReplansImportsAndDriftsOnAUiBinding() throws IOException {
        Path config = Files.createDirectories(dir.resolve("config"));
        Files.writeString(config.resolve("access.yaml"), CONFIG);
        try (SimHarness h = SimHarness.incident()) {
            CliRun plan = h.run("plan", "-c", config.toString(), "--detailed-exitcode");
            assertEquals(2, plan.exitCode(), plan::toString);
            assertTrue(plan.out().contains("+ PolicyBinding \"application:grafana group:grafana-viewers\""), plan::toString);
            assertTrue(plan.out().contains("Plan: 6 to add, 0 to change, 0 to destroy."), plan::toString);

            CliRun apply = h.run("apply", "-c", config.toString(), "--auto-approve");
            assertEquals(0, apply.exitCode(), apply::toString);
            assertEquals(0, h.run("plan", "-c", config.toString(), "--detailed-exitcode").exitCode(), "re-plans as no change");

            // A change to a binding is a PATCH that carries its target and subject (Authentik validates them per request).
            Path changed = Files.createDirectories(dir.resolve("changed"));
            Files.writeString(changed.resolve("access.yaml"), CONFIG.replace("order: 10", "order: 20"));
            h.sim.clearRequests();
            CliRun update = h.run("apply", "-c", changed.toString(), "--auto-approve");
            assertEquals(0, update.exitCode(), update::toString);
            assertEquals(1, h.writes().size(), update::toString);
            assertTrue(h.writes().get(0).body().contains("\"order\":20"), h.writes().get(0).body());
            assertEquals(0, h.run("apply", "-c", config.toString(), "--auto-approve").exitCode(), "and back");

            Path imported = dir.resolve("imported");
            CliRun imp = h.run("import", "--all", "--out", imported.toString());
            assertTrue(imp.exitCode() == 0 || imp.exitCode() == 3, imp::toString); // 3: the incident's own AK001
            Map<ResourceKey, ObjectNode> original = documents(config);
            Map<ResourceKey, ObjectNode> back = documents(imported);
            for (Map.Entry<ResourceKey, ObjectNode> e : original.entrySet()) {
                if (e.getKey().kind() != Kind.APPLICATION && e.getKey().kind() != Kind.PROXY_PROVIDER) {
                    assertEquals(e.getValue(), back.get(e.getKey()), "imported back the same: " + e.getKey());
                }
            }

            // The nightly job drifts this configuration; Authentik's own default group and the incident's
            // catch-all objects (another team's configuration, config/) are known exceptions.
            Path ignore = Files.writeString(dir.resolve("ignore.yaml"),
                    "- kind: Group\n  name: authentik Admins\n  reason: Authentik's default superuser group\n"
                    + "- kind: Group\n  name: authentik Read-only\n  reason: Authentik's default read-only group\n"
                    + "- kind: ProxyProvider\n  name: Domain wide catch all\n  reason: config/\n"
                    + "- kind: Application\n  name: domain-wide-catch-all\n  reason: config/\n"
                    + "- kind: Outpost\n  name: Catch-all proxy outpost\n  reason: config/\n");
            String[] drift = {"drift", "-c", config.toString(), "--ignore", ignore.toString()};
            CliRun inSync = h.run(drift);
            assertEquals(0, inSync.exitCode(), inSync::toString);
            String grafana = h.sim.state().list("/core/applications/").stream()
                    .filter(a -> a.path("slug").asString().equals("grafana")).findFirst().orElseThrow().path("pk").asString();
            String admins = h.sim.state().list("/core/groups/").stream()
                    .filter(g -> g.path("name").asString().equals("grafana-admins")).findFirst().orElseThrow().path("pk").asString();
            ObjectNode uiBinding = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                    .put("target", grafana).put("group", admins).put("order", 0);
            h.sim.state().addBinding(uiBinding);
            CliRun drifted = h.run(drift);
            assertEquals(2, drifted.exitCode(), drifted::toString);
            assertTrue(drifted.out().contains("application:grafana group:grafana-admins"), drifted::toString);
        }
    }

    /** Each document as loaded (interpolated, validated), by key: the YAML's meaning, not its spelling. */
    private static Map<ResourceKey, ObjectNode> documents(Path dir) {
        LoadedConfig loaded = new ConfigLoader(Map.<String, String>of()::get).load(List.of(dir));
        Map<ResourceKey, ObjectNode> out = new TreeMap<>(java.util.Comparator.comparing(ResourceKey::toString));
        for (Resource r : loaded.resources()) {
            ObjectNode root = (ObjectNode) r.document().root().deepCopy();
            root.remove("akconf.io/suppress");
            out.put(r.key(), root);
        }
        return out;
    }
}
