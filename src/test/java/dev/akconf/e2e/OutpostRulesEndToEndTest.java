package dev.akconf.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.cli.CliRun;
import dev.akconf.sim.SimOptions;
import dev.akconf.sim.SimState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * AK001/AK004 at plan, against the simulator: validate's offline assumptions confirmed or
 * contradicted by Authentik's object (managed marker, service connection), and
 * kubernetes_json_patches written whole.
 */
class OutpostRulesEndToEndTest {

    private static final Path POSTMORTEM = Path.of("src/main/resources/demo/postmortem");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static String embeddedPk(SimState s) {
        return s.list("/outposts/instances/").stream()
                .filter(o -> "goauthentik.io/outposts/embedded".equals(o.path("managed").asString(null)))
                .findFirst().orElseThrow().path("pk").asString();
    }

    @Test
    void thePostMortemsPatchOnTheEmbeddedOutpostIsAk004OfflineAndAtPlan() {
        Path embedded = POSTMORTEM.resolve("embedded-outpost.yaml");
        CliRun validate = CliRun.run("validate", "-c", embedded.toString());
        assertEquals(0, validate.exitCode(), validate::toString);
        assertTrue(validate.out().contains("warning: AK004: Authentik will not act on kubernetes_json_patches.deployment: "
                + "the managed embedded outpost runs inside the authentik server"), validate::toString);
        try (SimHarness h = SimHarness.incident()) {
            CliRun plan = h.run("plan", "-c", embedded.toString());
            assertEquals(0, plan.exitCode(), plan::toString);
            String ak004 = "embedded-outpost.yaml:10:7: warning: AK004: Authentik will not act on kubernetes_json_patches.deployment";
            assertTrue(plan.err().contains(ak004), plan::toString);
            assertEquals(plan.err().indexOf(ak004), plan.err().lastIndexOf(ak004), "confirmed by the managed marker, said once: " + plan);
            assertFalse(plan.err().contains("validate took"), "no disagreement: " + plan);
        }
    }

    @Test
    void thePostMortemStopsAtAk001BeforeAnyRequest() {
        try (SimHarness h = SimHarness.incident()) {
            h.sim.clearRequests();
            CliRun plan = h.run("plan", "-c", POSTMORTEM.toString());
            assertEquals(3, plan.exitCode(), plan::toString);
            assertTrue(plan.err().contains("catch-all-outpost.yaml:4:7: error: AK001: 181,440 session files expected (18/min for 7 d), "
                    + "16,384 fit in 64 MiB /dev/shm"), plan::toString);
            assertTrue(plan.err().contains("full in about 15 h"), plan::toString);
            assertTrue(h.sim.requests().isEmpty(), "nothing sent");
        }
    }

    @Test
    void anOutpostNamedLikeTheEmbeddedOneThatIsNotManagedIsSaidAtPlan() throws IOException {
        SimState seed = SimHarness.storySeed();
        seed.edit("/outposts/instances/", embeddedPk(seed), o -> o.putNull("managed"));
        try (SimHarness h = new SimHarness(SimOptions.builder().seed(seed).build())) {
            CliRun plan = h.run("plan", "-c", POSTMORTEM.resolve("embedded-outpost.yaml").toString());
            assertEquals(0, plan.exitCode(), plan::toString);
            assertTrue(plan.err().contains("embedded-outpost.yaml:4:7: warning: AK004: validate took this outpost for the managed "
                    + "embedded outpost by its name, but Authentik's object has no goauthentik.io/outposts/embedded marker"), plan::toString);
        }
    }

    @Test
    void aDockerServiceConnectionUnknownOfflineIsSaidAtPlan() throws IOException {
        ObjectNode fixture = SimHarness.storySeed().toFixture();
        ((tools.jackson.databind.node.ArrayNode) fixture.get("/outposts/service_connections/all/")).addObject()
                .put("pk", "9d1e0c2b-7a3f-4e5d-8c6b-1a2b3c4d5e6f").put("name", "Local Docker connection").put("local", true)
                .put("component", "ak-service-connection-docker-form").put("verbose_name", "Docker Service-Connection")
                .put("verbose_name_plural", "Docker Service-Connections").put("meta_model_name", "authentik_outposts.dockerserviceconnection");
        SimState seed = SimState.fromFixture(fixture);
        String standalone = seed.list("/outposts/instances/").stream().filter(o -> "Catch-all proxy outpost".equals(o.path("name").asString()))
                .findFirst().orElseThrow().path("pk").asString();
        seed.edit("/outposts/instances/", standalone, o -> o.put("service_connection", "9d1e0c2b-7a3f-4e5d-8c6b-1a2b3c4d5e6f"));
        Path config = file("outpost.yaml", """
                kind: Outpost
                name: Catch-all proxy outpost
                spec:
                  type: proxy
                  providers: [Domain wide catch all]
                  config:
                    kubernetes_json_patches:
                      service: [{op: replace, path: /spec/type, value: NodePort}]
                ---
                kind: ProxyProvider
                name: Domain wide catch all
                spec:
                  mode: forward_domain
                  external_host: https://auth.example.com
                  cookie_domain: example.com
                  authorization_flow: default-provider-authorization-implicit-consent
                  invalidation_flow: default-provider-invalidation-flow
                  access_token_validity: hours=1
                """);
        CliRun validate = CliRun.run("validate", "-c", config.toString());
        assertEquals(0, validate.exitCode(), validate::toString);
        assertFalse(validate.out().contains("AK004"), "offline the connection is unknown, not absent: " + validate);
        try (SimHarness h = new SimHarness(SimOptions.builder().seed(seed).build())) {
            CliRun plan = h.run("plan", "-c", config.toString());
            assertEquals(0, plan.exitCode(), plan::toString);
            assertTrue(plan.err().contains("outpost.yaml:2:7: warning: AK004: validate assumed a Kubernetes service connection "
                    + "(not declared: its kind is unknown offline), but it is a Docker one"), plan::toString);
            assertTrue(plan.err().contains("outpost.yaml:8:7: warning: AK004: Authentik will not act on kubernetes_json_patches.service: "
                    + "the outpost's service connection is Docker"), plan::toString);
            CliRun strict = h.run("plan", "-c", config.toString(), "--strict");
            assertEquals(3, strict.exitCode(), "--strict: what only plan finds counts too: " + strict);
            assertTrue(strict.err().contains("outpost.yaml:8:7: error: AK004"), strict::toString);
        }
    }

    @Test
    void emptyAndNullResetThePatchesWholeAndThenPlanAsNoChange() throws IOException {
        try (SimHarness h = SimHarness.incident()) {
            String embedded = embeddedPk(h.sim.state());
            for (String reset : new String[] {"{}", "null"}) {
                h.sim.edit("/outposts/instances/", embedded, o -> ((ObjectNode) o.get("config"))
                        .set("kubernetes_json_patches", JSON.readTree(SimHarness.NO_OP_PATCH)));
                Path config = file("embedded.yaml", "kind: Outpost\nname: authentik Embedded Outpost\nspec:\n  type: proxy\n"
                        + "  providers: []\n  config:\n    kubernetes_json_patches: " + reset + "\n");
                CliRun apply = h.run("apply", "-c", config.toString(), "--auto-approve");
                assertEquals(0, apply.exitCode(), apply::toString);
                assertTrue(apply.out().contains("- config.kubernetes_json_patches.deployment:"), apply::toString);
                assertEquals(JSON.readTree(reset), h.sim.state().get("/outposts/instances/", embedded).orElseThrow()
                        .at("/config/kubernetes_json_patches"), "written whole as declared");
                assertEquals(0, h.run("plan", "-c", config.toString(), "--detailed-exitcode").exitCode(), reset + " converges");
            }
        }
    }

    @Test
    void atPlanAnUndeclaredProviderCountsWithItsLiveValidity() throws IOException {
        // Another declared proxy provider makes plan read the proxy providers' list, which carries the validity.
        Path config = file("outpost.yaml", """
                kind: Outpost
                name: Catch-all proxy outpost
                spec:
                  type: proxy
                  providers: [Domain wide catch all]
                  service_connection: Local Kubernetes Cluster
                ---
                kind: ProxyProvider
                name: wiki
                spec:
                  mode: forward_single
                  external_host: https://wiki.example.com
                  authorization_flow: default-provider-authorization-implicit-consent
                  invalidation_flow: default-provider-invalidation-flow
                """);
        assertEquals(0, CliRun.run("validate", "-c", config.toString()).exitCode(), "offline the provider's validity is unknown");
        try (SimHarness h = SimHarness.incident()) {
            CliRun plan = h.run("plan", "-c", config.toString());
            assertEquals(3, plan.exitCode(), plan::toString);
            assertTrue(plan.err().contains("outpost.yaml:2:7: error: AK001: 181,440 session files expected (18/min for 7 d), 16,384 fit"
                    + " in 64 MiB /dev/shm"), "Authentik's hours=168: " + plan);
            assertTrue(plan.err().contains("Cannot plan: 1 error(s)."), plan::toString);
        }
    }

    @Test
    void anotherServerVersionIsSaid() throws IOException {
        ObjectNode fixture = SimHarness.storySeed().toFixture();
        ((ObjectNode) fixture.get("/admin/version/")).put("version_current", "2025.10.3");
        try (SimHarness h = new SimHarness(SimOptions.builder().seed(SimState.fromFixture(fixture)).build())) {
            CliRun plan = h.run("plan", "-c", "config");
            assertTrue(plan.err().contains("warning: AK004: the outpost rules (AK001, AK003, AK004) model Authentik 2026.2.2's outpost "
                    + "controller and session store; this server is 2025.10.3"), plan::toString);
        }
    }
}
