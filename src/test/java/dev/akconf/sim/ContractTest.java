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
        check("/core/users/", "PaginatedUserList");
        check("/core/users/1/", "User");
        check("/core/users/2/?include_groups=false&include_roles=false", "User");
        check("/core/groups/?include_children=true&include_parents=true&include_inherited_roles=true", "PaginatedGroupList");
        check("/core/groups/" + ADMINS + "/?include_users=false", "Group");
        check("/policies/all/", "PaginatedPolicyList");
        check("/policies/all/" + OFFICE_POLICY + "/", "Policy");
        check("/policies/bindings/", "PaginatedPolicyBindingList");
    }

    @Test
    void newKindsWritesMatchTheirSchemas() {
        String group = OpenApiContract.valid("GroupRequest", j("{'name': 'ops', 'is_superuser': false, 'parents': ['" + ADMINS
                + "'], 'users': [2], 'attributes': {'a': [1, {'b': null}]}, 'roles': []}"));
        Http.Resp g = http.post("/core/groups/", group);
        OpenApiContract.assertValid("Group", g.body());
        String pk = g.body().get("pk").stringValue();
        OpenApiContract.assertValid("Group", http.patch("/core/groups/" + pk + "/",
                OpenApiContract.valid("PatchedGroupRequest", j("{'attributes': {}}"))).body());
        for (String subject : new String[] {"'group': '" + pk + "'", "'user': 1", "'policy': '" + OFFICE_POLICY + "'"}) {
            Http.Resp b = http.post("/policies/bindings/", OpenApiContract.valid("PolicyBindingRequest",
                    j("{'target': '" + CATCH_ALL_APP + "', " + subject + ", 'order': 10, 'negate': true, 'enabled': true, "
                            + "'timeout': 0, 'failure_result': true}")));
            assertEquals(201, b.status(), b.body()::toString);
            OpenApiContract.assertValid("PolicyBinding", b.body());
        }
        http.get("/policies/bindings/?target=" + CATCH_ALL_APP);
        http.get("/core/groups/" + pk + "/?include_parents=true");
        OpenApiContract.assertContract(sim);
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
    void theBindingErrataAllowNullObjectsOnly() {
        OpenApiContract c = OpenApiContract.get();
        sim.state().addBinding(Http.JSON.createObjectNode().put("target", CATCH_ALL_APP).put("group", ADMINS).put("order", 1));
        ObjectNode binding = sim.state().list("/policies/bindings/").get(0);
        assertTrue(binding.get("policy_obj").isNull());
        assertTrue(c.violations("PolicyBinding", binding).isEmpty(), c.violations("PolicyBinding", binding)::toString);
        ObjectNode wrong = binding.deepCopy();
        wrong.put("user_obj", "x");
        assertFalse(c.violations("PolicyBinding", wrong).isEmpty());
        ObjectNode missing = binding.deepCopy();
        missing.remove("policy_obj");
        List<String> required = c.violations("PolicyBinding", missing);
        assertEquals(1, required.size(), required::toString);
        assertTrue(required.get(0).contains("policy_obj"), required::toString);
        ObjectNode badGroup = binding.deepCopy();
        ((ObjectNode) badGroup.get("group_obj")).remove("num_pk");
        assertFalse(c.violations("PolicyBinding", badGroup).isEmpty());
        // Elsewhere the schema stays as published: a Group's roles_obj is not nullable.
        ObjectNode group = sim.state().get("/core/groups/", ADMINS).orElseThrow();
        group.putNull("roles_obj");
        assertFalse(c.violations("Group", group).isEmpty());
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
