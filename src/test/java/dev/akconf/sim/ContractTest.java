package dev.akconf.sim;

import static dev.akconf.sim.Http.j;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** Every simulator response, and the request bodies the tests send, against Authentik's OpenAPI schema. */
class ContractTest extends SimTestBase {

    @Test
    void listsAndObjectsMatchTheirResponseSchemas() {
        OpenApiContract.get();
        check("/admin/version/", "Version");
        check("/outposts/instances/default_settings/", "OutpostDefaultConfig");
        check("/providers/proxy/", "PaginatedProxyProviderList");
        check("/providers/proxy/1/", "ProxyProvider");
        check("/providers/all/", "PaginatedProviderList");
        check("/providers/all/1/", "Provider");
        check("/core/applications/?superuser_full_list=true", "PaginatedApplicationList");
        check("/core/applications/domain-wide-catch-all/", "Application");
        check("/outposts/instances/", "PaginatedOutpostList");
        check("/outposts/instances/" + EMBEDDED + "/", "Outpost");
        check("/outposts/service_connections/all/", "PaginatedServiceConnectionList");
        check("/outposts/service_connections/all/" + SERVICE_CONNECTION + "/", "ServiceConnection");
        check("/flows/instances/", "PaginatedFlowList");
        check("/flows/instances/default-provider-invalidation-flow/", "Flow");
        check("/propertymappings/provider/scope/", "PaginatedScopeMappingList");
        check("/propertymappings/provider/scope/" + OPENID + "/", "ScopeMapping");
        check("/crypto/certificatekeypairs/", "PaginatedCertificateKeyPairList");
        check("/crypto/certificatekeypairs/" + CERTIFICATE + "/", "CertificateKeyPair");
        check("/providers/proxy/?page=9", "GenericError");
    }

    @Test
    void writesAndErrorsMatchTheirSchemas() {
        Http.Resp created = http.post("/providers/proxy/", OpenApiContract.valid("ProxyProviderRequest", provider("wiki")));
        OpenApiContract.assertValid("ProxyProvider", created.body());
        int pk = created.body().get("pk").intValue();
        String app = OpenApiContract.valid("ApplicationRequest", j("{'name': 'Wiki', 'slug': 'wiki', 'provider': " + pk + "}"));
        OpenApiContract.assertValid("Application", http.post("/core/applications/", app).body());
        String outpost = OpenApiContract.valid("OutpostRequest", j("{'name': 'edge', 'type': 'proxy', 'providers': [" + pk
                + "], 'config': {'authentik_host': 'https://auth.example.com'}}"));
        OpenApiContract.assertValid("Outpost", http.post("/outposts/instances/", outpost).body());
        String mapping = OpenApiContract.valid("ScopeMappingRequest",
                j("{'name': 'groups', 'scope_name': 'groups', 'expression': 'return {}'}"));
        OpenApiContract.assertValid("ScopeMapping", http.post("/propertymappings/provider/scope/", mapping).body());
        OpenApiContract.assertContract(sim);
        OpenApiContract.assertValid("ValidationError", http.post("/providers/proxy/", "{}").body());
        OpenApiContract.assertValid("GenericError", http.token("wrong").get("/providers/proxy/").body());
    }

    @Test
    void theValidatorIsNotVacuous() {
        OpenApiContract c = OpenApiContract.get();
        ObjectNode provider = sim.state().get("/providers/proxy/", 1).orElseThrow();
        assertTrue(c.violations("ProxyProvider", provider).isEmpty());
        ObjectNode broken = provider.deepCopy();
        broken.remove("component");
        broken.put("mode", "sideways");
        assertEquals(2, c.violations("ProxyProvider", broken).size(), c.violations("ProxyProvider", broken)::toString);
        // nullable: true is honoured for plain types and for $ref/allOf properties.
        ObjectNode app = sim.state().get("/core/applications/", "domain-wide-catch-all").orElseThrow();
        app.putNull("provider_obj");
        app.putNull("provider");
        app.putNull("meta_icon_themed_urls");
        assertTrue(c.violations("Application", app).isEmpty(), c.violations("Application", app)::toString);
        app.put("provider_obj", "x");
        assertFalse(c.violations("Application", app).isEmpty());
    }

    @Test
    void checkReportsInvalidRequestBodies() {
        OpenApiContract.get();
        http.patch("/providers/proxy/1/", j("{'mode': 'sideways'}"));
        List<String> violations = OpenApiContract.check(sim);
        assertEquals(1, violations.size(), violations::toString);
        assertTrue(violations.get(0).contains("request PatchedProxyProviderRequest"), violations::toString);
        assertTrue(OpenApiContract.checkResponses(sim).isEmpty());
    }

    private void check(String apiPath, String component) {
        Http.Resp r = http.get(apiPath);
        assertTrue(r.status() == 200 || component.equals("GenericError"), apiPath + " " + r.status());
        OpenApiContract.assertValid(component, r.body());
    }
}
