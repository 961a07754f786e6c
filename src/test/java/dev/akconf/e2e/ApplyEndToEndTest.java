package dev.akconf.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.cli.CliRun;
import dev.akconf.sim.SimRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** akconf apply against a simulated Authentik in the incident's state (issue: apply "Done when"). */
class ApplyEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void reviewedPlanAppliesWithExactlyThreeWritesAndKeepsUndeclaredKeys() {
        try (SimHarness h = SimHarness.incident()) {
            ObjectNode configBefore = (ObjectNode) outpost(h, "Catch-all proxy outpost").get("config").deepCopy();
            String standalone = outpost(h, "Catch-all proxy outpost").path("pk").asString();
            Path planFile = dir.resolve("plan.json");
            assertEquals(2, h.run("plan", "-c", "config", "--out", planFile.toString(), "--detailed-exitcode").exitCode());
            h.sim.clearRequests();

            CliRun apply = h.run("apply", planFile.toString());
            assertEquals(0, apply.exitCode(), apply::toString);
            List<SimRequest> writes = h.writes();
            assertEquals(java.util.stream.Stream.of("PATCH /api/v3/providers/proxy/1/", "PATCH /api/v3/outposts/instances/" + standalone + "/",
                            "PATCH /api/v3/outposts/instances/0f8e2a51-4b8e-4c4a-9a59-3b1f0d9e7c11/").sorted().toList(),
                    writes.stream().map(w -> w.method() + " " + w.path()).sorted().toList(), apply::toString);
            assertEquals("PATCH /api/v3/providers/proxy/1/", writes.get(0).method() + " " + writes.get(0).path(), "providers first");
            assertTrue(writes.get(0).body().contains("\"mode\":\"forward_domain\""), "the PATCH carries mode: " + writes.get(0).body());

            JsonNode configAfter = outpost(h, "Catch-all proxy outpost").get("config");
            configBefore.properties().stream().filter(e -> !e.getKey().equals("kubernetes_json_patches"))
                    .forEach(e -> assertEquals(e.getValue(), configAfter.get(e.getKey()), e.getKey() + " survived"));
            assertEquals("512Mi", configAfter.at("/kubernetes_json_patches/deployment/0/value/0/emptyDir/sizeLimit").asString());
            assertTrue(outpost(h, "authentik Embedded Outpost").at("/config/kubernetes_json_patches").isNull(),
                    "null removed the embedded outpost's no-op patch");

            assertEquals(0, h.run("plan", "-c", "config", "--detailed-exitcode").exitCode(), "nothing left to change");
        }
    }

    @Test
    void anEditBetweenPlanAndApplyIsAStalePlan() {
        try (SimHarness h = SimHarness.incident()) {
            Path planFile = dir.resolve("plan.json");
            h.run("plan", "-c", "config", "--out", planFile.toString());
            h.sim.edit("/providers/proxy/", 1, p -> p.put("cookie_domain", "edited.example.com"));
            h.sim.clearRequests();

            CliRun apply = h.run("apply", planFile.toString());
            assertEquals(5, apply.exitCode(), apply::toString);
            assertTrue(apply.err().contains("stale plan"), apply::toString);
            assertTrue(apply.err().contains("ProxyProvider \"Domain wide catch all\" was changed in Authentik since the plan"), apply::toString);
            assertEquals(List.of(), h.writes(), "nothing written");
        }
    }

    @Test
    void objectsReferencingEachOtherByNameApplyInOneRun() throws IOException {
        Path config = Files.createDirectories(dir.resolve("new"));
        Files.writeString(config.resolve("all.yaml"), """
                kind: ProxyProvider
                name: grafana
                spec:
                  mode: forward_single
                  external_host: https://grafana.example.com
                  authorization_flow: default-provider-authorization-implicit-consent
                  invalidation_flow: default-provider-invalidation-flow
                  access_token_validity: hours=8
                ---
                kind: ProxyProvider
                name: wiki
                spec:
                  mode: proxy
                  external_host: https://wiki.example.com
                  internal_host: http://wiki:8080
                  authorization_flow: default-provider-authorization-implicit-consent
                  invalidation_flow: default-provider-invalidation-flow
                  access_token_validity: hours=8
                ---
                kind: Application
                slug: grafana
                spec: {name: Grafana, provider: grafana}
                ---
                kind: Application
                slug: wiki
                spec: {name: Wiki, provider: wiki, meta_launch_url: https://wiki.example.com}
                ---
                kind: Outpost
                name: edge
                spec:
                  type: proxy
                  providers: [grafana, wiki]
                  config:
                    log_level: debug
                """);
        try (SimHarness h = SimHarness.incident()) {
            CliRun apply = h.run("apply", "-c", config.toString(), "--auto-approve");
            assertEquals(0, apply.exitCode(), apply::toString);
            assertEquals(5, h.writes().size(), apply::toString);
            assertEquals(List.of("POST", "POST", "POST", "POST", "POST"), h.writes().stream().map(SimRequest::method).toList());
            JsonNode edge = h.sim.state().list("/outposts/instances/").stream()
                    .filter(o -> o.path("name").asString().equals("edge")).findFirst().orElseThrow();
            assertEquals(2, edge.path("providers").size());
            assertEquals("debug", edge.at("/config/log_level").asString());
            assertEquals("ak-outpost-%(name)s", edge.at("/config/object_naming_template").asString(), "defaults under the declared keys");
            CliRun again = h.run("plan", "-c", config.toString(), "--detailed-exitcode");
            assertEquals(0, again.exitCode(), again::toString);
        }
    }

    @Test
    void stateAbsentDeletes() throws IOException {
        Path config = Files.createDirectories(dir.resolve("absent"));
        Files.writeString(config.resolve("gone.yaml"), "kind: Application\nslug: domain-wide-catch-all\nstate: absent\n");
        try (SimHarness h = SimHarness.incident()) {
            CliRun apply = h.run("apply", "-c", config.toString(), "--auto-approve");
            assertEquals(0, apply.exitCode(), apply::toString);
            assertEquals(List.of("DELETE /api/v3/core/applications/domain-wide-catch-all/"),
                    h.writes().stream().map(w -> w.method() + " " + w.path()).toList());
            assertTrue(h.sim.state().list("/core/applications/").isEmpty());
            assertEquals(0, h.run("plan", "-c", config.toString(), "--detailed-exitcode").exitCode());
        }
    }

    @Test
    void aRejectedWriteShowsAuthentiksFieldMessageAndExits4() throws IOException {
        Path config = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(config.resolve("ldap.yaml"), """
                kind: Outpost
                name: directory
                spec:
                  type: ldap
                  providers: [Domain wide catch all]
                """);
        try (SimHarness h = SimHarness.incident()) {
            CliRun apply = h.run("apply", "-c", config.toString(), "--auto-approve");
            assertEquals(4, apply.exitCode(), apply::toString);
            assertTrue(apply.out().contains("+ Outpost \"directory\": FAILED 400 Bad Request from POST /outposts/instances/"), apply::toString);
            assertTrue(apply.out().contains("providers: Outpost type ldap can't be used with ProxyProvider providers."), apply::toString);
            assertTrue(apply.out().contains("Apply failed: 0 applied, 1 failed, 0 skipped."), apply::toString);
        }
    }

    @Test
    void withoutATerminalApplyNeedsAutoApprove() {
        try (SimHarness h = SimHarness.incident()) {
            CliRun apply = h.run("apply", "-c", "config");
            assertEquals(64, apply.exitCode(), apply::toString);
            assertTrue(apply.err().contains("--auto-approve"), apply::toString);
            assertTrue(h.sim.requests().isEmpty(), "nothing was even read");
        }
    }

    @Test
    void nothingToDoSendsNoWrite() {
        try (SimHarness h = SimHarness.incident()) {
            assertEquals(0, h.run("apply", "-c", "config", "--auto-approve").exitCode());
            h.sim.clearRequests();
            CliRun again = h.run("apply", "-c", "config", "--auto-approve");
            assertEquals(0, again.exitCode(), again::toString);
            assertTrue(again.out().contains("No changes."), again::toString);
            assertEquals(List.of(), h.writes());
        }
    }

    private static JsonNode outpost(SimHarness h, String name) {
        return h.sim.state().list("/outposts/instances/").stream()
                .filter(o -> name.equals(o.path("name").asString(null))).findFirst().orElseThrow();
    }
}
