package dev.akconf.sim;

import static dev.akconf.sim.Http.j;
import static dev.akconf.sim.OpenApiContract.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What writes do besides storing the body: managed mappings, relations, deletes that detach or cascade. */
class SideEffectsTest extends SimTestBase {

    private static List<String> mappings(JsonNode provider) {
        return provider.get("property_mappings").valueStream().map(JsonNode::stringValue).toList();
    }

    @Test
    void everyProviderWriteAddsTheManagedScopeMappings() {
        String body = provider("grafana").replace("}", ", \"property_mappings\": []}");
        Http.Resp created = http.post("/providers/proxy/", valid("ProxyProviderRequest", body));
        assertTrue(mappings(created.body()).containsAll(List.of(MANAGED_MAPPINGS)), created.body()::toString);
        int pk = created.body().get("pk").intValue();

        Http.Resp custom = http.post("/propertymappings/provider/scope/", valid("ScopeMappingRequest",
                j("{'name': 'groups', 'scope_name': 'groups', 'expression': 'return {}'}")));
        String groups = custom.body().get("pk").stringValue();
        Http.Resp patched = http.patch("/providers/proxy/" + pk + "/",
                j("{'mode': 'forward_single', 'property_mappings': ['" + groups + "']}"));
        assertEquals(6, mappings(patched.body()).size());
        assertEquals(groups, mappings(patched.body()).get(0));

        Http.Resp put = http.put("/providers/proxy/" + pk + "/", body);
        assertEquals(List.of(MANAGED_MAPPINGS), mappings(put.body()).stream().sorted().toList());
    }

    @Test
    void aManagedMappingTheServerLacksIsNotAdded() {
        sim.state().delete("/propertymappings/provider/scope/", MANAGED_MAPPINGS[3]);
        Http.Resp created = http.post("/providers/proxy/", provider("grafana"));
        assertEquals(4, mappings(created.body()).size());
    }

    @Test
    void deletingAProviderDetachesItEverywhere() {
        Http.Resp r = http.delete("/providers/proxy/1/");
        assertEquals(204, r.status());
        JsonNode app = http.get("/core/applications/domain-wide-catch-all/").body();
        assertTrue(app.get("provider").isNull());
        assertTrue(app.get("provider_obj").isNull());
        JsonNode outpost = http.get("/outposts/instances/" + EMBEDDED + "/").body();
        assertEquals("[]", outpost.get("providers").toString());
        assertEquals("[]", outpost.get("providers_obj").toString());
    }

    @Test
    void backchannelProvidersMoveAndCascade() {
        int pk = createProvider("scim-like");
        Http.Resp first = http.post("/core/applications/", valid("ApplicationRequest",
                j("{'name': 'A', 'slug': 'a', 'backchannel_providers': [" + pk + "]}")));
        assertEquals("[" + pk + "]", first.body().get("backchannel_providers").toString());
        assertEquals("a", http.get("/providers/proxy/" + pk + "/").body().get("assigned_backchannel_application_slug")
                .stringValue());
        // A provider has one backchannel application (a ForeignKey): listing it elsewhere moves it.
        http.post("/core/applications/", j("{'name': 'B', 'slug': 'b', 'backchannel_providers': [" + pk + "]}"));
        assertEquals("[]", http.get("/core/applications/a/").body().get("backchannel_providers").toString());
        // Deleting the application deletes its backchannel providers (on_delete=CASCADE).
        assertEquals(204, http.delete("/core/applications/b/").status());
        assertEquals(404, http.get("/providers/proxy/" + pk + "/").status());
        // ...but not its main provider.
        assertEquals(204, http.delete("/core/applications/domain-wide-catch-all/").status());
        assertEquals(200, http.get("/providers/proxy/1/").status());
        assertTrue(http.get("/providers/proxy/1/").body().get("assigned_application_slug").isNull());
    }

    @Test
    void outpostSetFollowsOutposts() {
        int pk = createProvider("grafana");
        http.post("/outposts/instances/", j("{'name': 'edge', 'type': 'proxy', 'providers': [" + pk + ", 1], 'config': {}}"));
        assertEquals("[\"Outpost edge\"]", http.get("/providers/proxy/" + pk + "/").body().get("outpost_set").toString());
        assertEquals("[\"Outpost Catch-all proxy outpost\",\"Outpost edge\"]",
                http.get("/providers/proxy/1/").body().get("outpost_set").toString());
    }

    @Test
    void deletingAScopeMappingRemovesItFromProviders() {
        assertEquals(204, http.delete("/propertymappings/provider/scope/" + OPENID + "/").status());
        assertFalse(mappings(http.get("/providers/proxy/1/").body()).contains(OPENID));
    }

    @Test
    void renamingTheEmbeddedOutpostsNamesakeAdoptsIt() {
        String edge = http.post("/outposts/instances/", j("{'name': 'edge', 'type': 'proxy', 'providers': [1], "
                + "'config': {}}")).body().get("pk").stringValue();
        sim.state().delete("/outposts/instances/", EMBEDDED);
        sim.edit("/outposts/instances/", edge, o -> o.put("name", "authentik Embedded Outpost"));
        Http.Resp r = http.patch("/outposts/instances/" + edge + "/", j("{'name': 'authentik Embedded Outpost'}"));
        assertEquals("goauthentik.io/outposts/embedded", r.body().get("managed").stringValue());
    }
}
