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
    void theIncidentSeedIsTheFreshInstallPlusThePostMortemsObjects() {
        SimState s = SimState.incident();
        ObjectNode provider = s.get("/providers/proxy/", 1).orElseThrow();
        assertEquals("hours=168", provider.get("access_token_validity").stringValue());
        assertEquals("forward_domain", provider.get("mode").stringValue());
        assertEquals("example.com", provider.get("cookie_domain").stringValue());
        assertEquals("domain-wide-catch-all", provider.get("assigned_application_slug").stringValue());
        ObjectNode embedded = outpost(s, "authentik Embedded Outpost");
        assertEquals("goauthentik.io/outposts/embedded", embedded.get("managed").stringValue());
        assertEquals("[]", embedded.get("providers").toString());
        JsonNode patch = embedded.get("config").get("kubernetes_json_patches").get("deployment");
        assertEquals(2, patch.size());
        assertEquals("/spec/template/spec/volumes", patch.get(0).get("path").stringValue());
        assertEquals("512Mi", patch.get(0).get("value").get(0).get("emptyDir").get("sizeLimit").stringValue());
        assertEquals("/dev/shm", patch.get(1).get("value").get(0).get("mountPath").stringValue());
        ObjectNode standalone = outpost(s, "Catch-all proxy outpost");
        assertTrue(standalone.get("managed").isNull());
        assertEquals("[1]", standalone.get("providers").toString());
        assertEquals("Local Kubernetes Cluster", standalone.get("service_connection_obj").get("name").stringValue());
        assertTrue(standalone.get("config").get("kubernetes_json_patches").isNull());
        // Everything of the fresh install is there unchanged, but the embedded outpost's patch, host and connection.
        SimState fresh = SimState.fresh();
        for (String path : List.of("/admin/version/", "/flows/instances/", "/propertymappings/provider/scope/",
                "/crypto/certificatekeypairs/", "/outposts/service_connections/all/", "/core/groups/")) {
            assertEquals(fresh.toFixture().get(path), s.toFixture().get(path), path);
        }
        assertEquals(fresh.get("/core/users/", 1), s.get("/core/users/", 1));
        ObjectNode freshEmbedded = outpost(fresh, "authentik Embedded Outpost");
        freshEmbedded.set("service_connection", standalone.get("service_connection"));
        freshEmbedded.set("service_connection_obj", standalone.get("service_connection_obj"));
        ((ObjectNode) freshEmbedded.get("config")).put("authentik_host", "https://auth.example.com")
                .set("kubernetes_json_patches", embedded.get("config").get("kubernetes_json_patches"));
        assertEquals(freshEmbedded, embedded);
    }

    private static ObjectNode outpost(SimState s, String name) {
        return s.list("/outposts/instances/").stream().filter(o -> name.equals(o.get("name").stringValue()))
                .findFirst().orElseThrow();
    }

    @Test
    void bothSeedsHaveAkadminAndTheAdminGroup() {
        for (SimState s : List.of(SimState.incident(), SimState.fresh())) {
            ObjectNode admin = s.get("/core/users/", 1).orElseThrow();
            assertEquals("akadmin", admin.get("username").stringValue());
            assertEquals("authentik Default Admin", admin.get("name").stringValue());
            assertTrue(admin.get("is_superuser").booleanValue());
            ObjectNode admins = s.get("/core/groups/", SimTestBase.ADMINS).orElseThrow();
            assertEquals("authentik Admins", admins.get("name").stringValue());
            assertTrue(admins.get("is_superuser").booleanValue());
            assertEquals("[1]", admins.get("users").toString());
            assertEquals(0, s.count("/policies/bindings/"));
        }
        // The incident's extras for tests: a second user and one expression policy.
        SimState incident = SimState.incident();
        assertEquals("alice", incident.get("/core/users/", 2).orElseThrow().get("username").stringValue());
        assertEquals("grafana office network",
                incident.get("/policies/all/", SimTestBase.OFFICE_POLICY).orElseThrow().get("name").stringValue());
        assertTrue(SimState.fresh().get("/core/users/", 2).isEmpty());
        assertEquals(0, SimState.fresh().count("/policies/all/"));
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
    void theFreshSeedHasWhatANewInstallHas() {
        SimState s = SimState.fresh();
        assertEquals(0, s.count("/providers/proxy/"));
        assertEquals(0, s.count("/core/applications/"));
        // blueprints/default/: every flow with its real slug, name and designation.
        for (String[] f : List.of(
                new String[] {"default-authentication-flow", "Welcome to authentik!", "authentication"},
                new String[] {"default-invalidation-flow", "Logout", "invalidation"},
                new String[] {"default-provider-authorization-explicit-consent", "Authorize Application", "authorization"},
                new String[] {"default-provider-authorization-implicit-consent", "Authorize Application", "authorization"},
                new String[] {"default-provider-invalidation-flow", "Logged out of application", "invalidation"},
                new String[] {"default-source-enrollment", "Welcome to authentik! Please select a username.", "enrollment"},
                new String[] {"default-user-settings-flow", "User settings", "stage_configuration"},
                new String[] {"initial-setup", "default-oobe-setup", "stage_configuration"})) {
            ObjectNode flow = s.get("/flows/instances/", f[0]).orElseThrow(() -> new AssertionError(f[0]));
            assertEquals(f[1], flow.get("name").stringValue(), f[0]);
            assertEquals(f[2], flow.get("designation").stringValue(), f[0]);
        }
        assertEquals(14, s.count("/flows/instances/"));
        // blueprints/system/providers-oauth2.yaml (6) and providers-proxy.yaml (1).
        List<String> scopes = s.list("/propertymappings/provider/scope/").stream()
                .map(m -> m.get("scope_name").stringValue()).sorted().toList();
        assertEquals(List.of("ak_proxy", "email", "entitlements", "goauthentik.io/api", "offline_access", "openid", "profile"),
                scopes);
        List<String> certs = s.list("/crypto/certificatekeypairs/").stream().map(c -> c.get("name").stringValue()).toList();
        assertEquals(List.of("authentik Internal JWT Certificate", "authentik Self-signed Certificate"), certs);
        assertEquals("Local Kubernetes Cluster", s.list("/outposts/service_connections/all/").get(0).get("name").stringValue());
        // blueprints/default/rbac-role-read-only.yaml
        ObjectNode readOnly = s.list("/core/groups/").stream().filter(g -> g.get("name").stringValue().equals("authentik Read-only"))
                .findFirst().orElseThrow();
        assertFalse(readOnly.get("is_superuser").booleanValue());
        List<ObjectNode> outposts = s.list("/outposts/instances/");
        assertEquals(1, outposts.size());
        ObjectNode embedded = outposts.get(0);
        assertEquals("goauthentik.io/outposts/embedded", embedded.get("managed").stringValue());
        assertEquals("[]", embedded.get("providers").toString());
        assertTrue(embedded.get("service_connection").isNull());
        assertEquals(22, embedded.get("config").size());
        assertEquals("authentik", embedded.get("config").get("kubernetes_namespace").stringValue());
    }

    @Test
    void aFixtureAddsObjectsAndReplacesTheSameIdentity() {
        ObjectNode f = (ObjectNode) Http.JSON.readTree(Http.j("{'/core/groups/': {'pagination': {'count': 2}, 'results': ["
                + "{'pk': '11111111-1111-4111-8111-111111111111', 'name': 'authentik Admins', 'is_superuser': true, 'users': []},"
                + "{'name': 'ops'}]},"
                + "'/api/v3/crypto/certificatekeypairs/': [{'pk': '22222222-2222-4222-8222-222222222222', 'name': 'docs.example.com'}]}"));
        SimState s = SimState.fresh().withFixture(f);
        List<String> groups = s.list("/core/groups/").stream().map(g -> g.get("name").stringValue()).toList();
        assertEquals(List.of("authentik Admins", "authentik Read-only", "ops"), groups);
        assertEquals("11111111-1111-4111-8111-111111111111", s.list("/core/groups/").get(0).get("pk").stringValue());
        assertEquals(3, s.count("/crypto/certificatekeypairs/"));
        // The seed it was added to is unchanged.
        assertEquals(2, SimState.fresh().count("/core/groups/"));
        ObjectNode bad = Http.JSON.createObjectNode();
        bad.putArray("/core/groups/").add(1);
        assertThrows(IllegalArgumentException.class, () -> SimState.fresh().withFixture(bad));
    }

    @Test
    void objectsCreatedLaterNeverReuseTheIdOfASeededObjectWithoutPk() throws Exception {
        SimState seed = SimState.fresh().withFixture(Http.JSON.readTree(Http.j("{'/core/groups/': [{'name': 'ops'}]}")));
        String ops = seed.list("/core/groups/").stream().filter(g -> g.get("name").stringValue().equals("ops"))
                .findFirst().orElseThrow().get("pk").stringValue();
        try (Simulator sim = Simulator.start(SimOptions.of(seed))) {
            Http http = new Http(sim);
            String created = http.post("/core/groups/", Http.j("{'name': 'dev'}")).body().get("pk").stringValue();
            assertFalse(created.equals(ops), created);
            assertEquals(4, sim.state().count("/core/groups/"));
        }
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
        SimState s = SimState.fresh();
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
