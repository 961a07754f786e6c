package dev.akconf.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The bundled seeds, fixtures, bulk seeding and direct state access. */
class SeedTest {

    @Test
    void theIncidentSeedHasTheIncidentsLiveState() {
        SimState s = SimState.incident();
        ObjectNode provider = s.get("/providers/proxy/", 1).orElseThrow();
        assertEquals("hours=168", provider.get("access_token_validity").stringValue());
        assertEquals("forward_domain", provider.get("mode").stringValue());
        ObjectNode embedded = s.list("/outposts/instances/").get(0);
        assertEquals("goauthentik.io/outposts/embedded", embedded.get("managed").stringValue());
        assertFalse(embedded.get("config").has("kubernetes_json_patches"));
        assertEquals("authentik Self-signed Certificate", s.list("/crypto/certificatekeypairs/").get(0).get("name").stringValue());
        assertEquals("ak-service-connection-kubernetes-form",
                s.list("/outposts/service_connections/all/").get(0).get("component").stringValue());
        assertEquals(5, s.count("/propertymappings/provider/scope/"));
    }

    @Test
    void bothSeedsHaveTheUsersTheAdminGroupAndThePolicy() {
        for (SimState s : List.of(SimState.incident(), SimState.empty())) {
            ObjectNode admin = s.get("/core/users/", 1).orElseThrow();
            assertEquals("akadmin", admin.get("username").stringValue());
            assertTrue(admin.get("is_superuser").booleanValue());
            ObjectNode alice = s.get("/core/users/", 2).orElseThrow();
            assertEquals("alice", alice.get("username").stringValue());
            assertFalse(alice.get("is_superuser").booleanValue());
            ObjectNode admins = s.get("/core/groups/", SimTestBase.ADMINS).orElseThrow();
            assertEquals("authentik Admins", admins.get("name").stringValue());
            assertTrue(admins.get("is_superuser").booleanValue());
            assertEquals("[1]", admins.get("users").toString());
            ObjectNode policy = s.get("/policies/all/", SimTestBase.OFFICE_POLICY).orElseThrow();
            assertEquals("grafana office network", policy.get("name").stringValue());
            assertEquals(0, s.count("/policies/bindings/"));
        }
    }

    @Test
    void groupsAndBindingsSeedQuicklyAndRoundTrip() {
        SimState s = SimState.incident();
        ObjectNode parent = s.addGroup(Http.JSON.createObjectNode().put("name", "parent"));
        ObjectNode child = s.addGroup(Http.JSON.createObjectNode().put("name", "child"));
        s.edit("/core/groups/", child.get("pk").stringValue(),
                g -> g.putArray("parents").add(parent.get("pk").stringValue()));
        ObjectNode binding = s.addBinding(Http.JSON.createObjectNode().put("target", SimTestBase.CATCH_ALL_APP)
                .put("group", child.get("pk").stringValue()).put("order", 2));
        assertEquals(30, binding.get("timeout").intValue());
        assertTrue(binding.get("enabled").booleanValue());
        assertTrue(binding.get("policy").isNull());
        s.addBinding(Http.JSON.createObjectNode().put("target", SimTestBase.CATCH_ALL_APP)
                .put("policy", SimTestBase.OFFICE_POLICY).put("order", 1));
        s.addUser(Http.JSON.createObjectNode().put("username", "bob"));
        assertEquals(3, s.get("/core/users/", 3).orElseThrow().get("pk").intValue());
        assertEquals("[\"" + child.get("pk").stringValue() + "\"]",
                s.get("/core/groups/", parent.get("pk").stringValue()).orElseThrow().get("children").toString());
        SimState again = SimState.fromFixture(s.toFixture());
        for (String path : List.of("/core/users/", "/core/groups/", "/policies/all/", "/policies/bindings/")) {
            assertEquals(s.list(path), again.list(path), path);
        }
        assertEquals(1, again.list("/policies/all/").get(0).get("bound_to").intValue());
        assertTrue(s.delete("/core/groups/", child.get("pk").stringValue()));
        assertEquals(1, s.count("/policies/bindings/"));
    }

    @Test
    void theEmptySeedHasOnlyWhatAFreshInstallHas() {
        SimState s = SimState.empty();
        assertEquals(0, s.count("/providers/proxy/"));
        assertEquals(0, s.count("/core/applications/"));
        assertEquals(5, s.count("/propertymappings/provider/scope/"));
        assertEquals(1, s.count("/crypto/certificatekeypairs/"));
        assertTrue(s.get("/flows/instances/", "default-provider-authorization-implicit-consent").isPresent());
        assertTrue(s.get("/flows/instances/", "default-provider-invalidation-flow").isPresent());
        ObjectNode embedded = s.list("/outposts/instances/").get(0);
        assertEquals("[]", embedded.get("providers").toString());
        assertEquals(22, embedded.get("config").size());
    }

    @Test
    void akconfsTestFixtureLoadsAsIs() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/incident/live.json")) {
            SimState s = SimState.fromFixture(Http.JSON.readTree(in));
            assertEquals(1, s.count("/providers/proxy/"));
            assertEquals("Domain wide catch all", s.list("/core/applications/").get(0).get("provider_obj").get("name").stringValue());
        }
    }

    @Test
    void unknownFixturePathsAreRejected() {
        ObjectNode f = Http.JSON.createObjectNode();
        f.putArray("/core/tokens/");
        assertThrows(IllegalArgumentException.class, () -> SimState.fromFixture(f));
    }

    @Test
    void manyObjectsSeedQuickly() {
        SimState s = SimState.empty();
        long t0 = System.nanoTime();
        for (int i = 0; i < 5000; i++) {
            ObjectNode p = s.addProxyProvider(Http.JSON.createObjectNode().put("name", "svc-" + i)
                    .put("external_host", "https://svc" + i + ".example.com").put("mode", "forward_single"));
            s.addApplication(Http.JSON.createObjectNode().put("name", "svc-" + i).put("slug", "svc-" + i)
                    .put("provider", p.get("pk").intValue()));
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 5000, "seeding took " + ms + " ms");
        assertEquals(5000, s.count("/providers/proxy/"));
        ObjectNode last = s.get("/providers/proxy/", 5000).orElseThrow();
        assertEquals("svc-4999", last.get("assigned_application_slug").stringValue());
        assertEquals(5, last.get("property_mappings").size());
    }

    @Test
    void editChangesStoredFieldsButNotThePk() {
        SimState s = SimState.incident();
        s.edit("/providers/proxy/", 1, p -> p.put("access_token_validity", "hours=24").put("pk", 9));
        assertEquals("hours=24", s.get("/providers/proxy/", 1).orElseThrow().get("access_token_validity").stringValue());
        assertThrows(IllegalArgumentException.class, () -> s.edit("/providers/proxy/", 2, p -> { }));
    }

    @Test
    void simulatorsWorkOnCopiesOfTheirSeed() {
        SimState seed = SimState.incident();
        try (Simulator a = Simulator.start(SimOptions.of(seed)); Simulator b = Simulator.start(SimOptions.of(seed))) {
            a.edit("/providers/proxy/", "1", p -> p.put("name", "changed"));
            assertEquals("Domain wide catch all", b.state().get("/providers/proxy/", 1).orElseThrow().get("name").stringValue());
            assertEquals("Domain wide catch all", seed.get("/providers/proxy/", 1).orElseThrow().get("name").stringValue());
        }
    }

    @Test
    void toFixtureRoundTrips() {
        SimState s = SimState.incident();
        JsonNode fixture = s.toFixture();
        SimState again = SimState.fromFixture(fixture);
        for (String path : List.of("/providers/proxy/", "/core/applications/", "/outposts/instances/", "/flows/instances/",
                "/propertymappings/provider/scope/", "/crypto/certificatekeypairs/", "/outposts/service_connections/all/",
                "/core/users/", "/core/groups/", "/policies/all/", "/policies/bindings/")) {
            assertEquals(s.list(path), again.list(path), path);
        }
    }

    @Test
    void createdIdsAreDeterministic() {
        List<String> first = createApp();
        List<String> second = createApp();
        assertEquals(first, second);
    }

    private static List<String> createApp() {
        try (Simulator sim = Simulator.start()) {
            Http http = new Http(sim);
            String pk = http.post("/core/applications/", Http.j("{'name': 'a', 'slug': 'a'}")).body().get("pk").stringValue();
            String client = http.post("/providers/proxy/", SimTestBase.provider("p")).body().get("client_id").stringValue();
            return List.of(pk, client);
        }
    }
}
