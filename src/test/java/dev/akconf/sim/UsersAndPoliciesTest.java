package dev.akconf.sim;

import static dev.akconf.sim.Http.j;
import static dev.akconf.sim.OpenApiContract.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The read-only users and policies lists: shapes, filters, computed fields, methods. */
class UsersAndPoliciesTest extends SimTestBase {

    private List<String> field(String apiPath, String field) {
        Http.Resp r = http.get(apiPath);
        assertEquals(200, r.status(), () -> apiPath + " " + r.body());
        return r.body().get("results").valueStream().map(o -> o.get(field).asString()).toList();
    }

    @Test
    void usersAreListedByUsernameAndFilteredByUsername() {
        assertEquals(List.of("akadmin", "alice"), field("/core/users/", "username"));
        assertEquals(List.of("2"), field("/core/users/?username=alice", "pk"));
        assertEquals(List.of(), field("/core/users/?username=ALICE", "pk"));
        assertEquals(List.of("alice"), field("/core/users/?search=alice%40example", "username"));
        assertEquals(List.of("akadmin"), field("/core/users/?is_superuser=true", "username"));
    }

    @Test
    void aUserShowsItsGroupsAndIsSuperuserThroughThem() {
        JsonNode admin = http.get("/core/users/1/").body();
        assertEquals(true, admin.get("is_superuser").booleanValue());
        assertEquals(List.of(ADMINS), admin.get("groups").valueStream().map(JsonNode::stringValue).toList());
        assertEquals("authentik Admins", admin.get("groups_obj").get(0).get("name").stringValue());
        assertEquals("8f3e2d1c-4b5a-4c69-8d7e-6f5a4b3c2d01", admin.get("uuid").stringValue());
        JsonNode alice = http.get("/core/users/2/").body();
        assertEquals(false, alice.get("is_superuser").booleanValue());
        // Membership of a child of a superuser group makes a superuser too (all_groups() has the ancestors).
        http.post("/core/groups/", valid("GroupRequest", j("{'name': 'ops', 'users': [2], 'parents': ['" + ADMINS + "']}")));
        assertEquals(true, http.get("/core/users/2/").body().get("is_superuser").booleanValue());
        assertTrue(http.get("/core/users/2/?include_groups=false&include_roles=false").body().get("groups_obj").isNull());
    }

    @Test
    void usersAreReadOnlyHere() {
        assertDetail(http.post("/core/users/", j("{'username': 'bob', 'name': 'Bob'}")), 405, "Method \"POST\" not allowed.");
        assertDetail(http.patch("/core/users/2/", j("{'name': 'A'}")), 405, "Method \"PATCH\" not allowed.");
        assertDetail(http.get("/core/users/9/"), 404, "No User matches the given query.");
        // /core/users/me/ is UserViewSet's "me" action, not an item: see tokensAreSuperuserOrNot.
        assertDetail(http.patch("/core/users/me/", j("{'name': 'A'}")), 405, "Method \"PATCH\" not allowed.");
    }

    @Test
    void policiesShowTheirSubclassFieldsAndBindingCount() {
        JsonNode p = http.get("/policies/all/" + OFFICE_POLICY + "/").body();
        assertEquals("grafana office network", p.get("name").stringValue());
        assertEquals("authentik_policies_expression.expressionpolicy", p.get("meta_model_name").stringValue());
        assertEquals(0, p.get("bound_to").intValue());
        assertTrue(p.get("expression").stringValue().startsWith("return "));
        createBinding(CATCH_ALL_APP, "policy", OFFICE_POLICY, 0);
        assertEquals(1, http.get("/policies/all/").body().get("results").get(0).get("bound_to").intValue());
    }

    @Test
    void policiesFilterBySearchAndBindingsButNotByName() {
        sim.state().addPolicy(Http.JSON.createObjectNode().put("name", "vpn only"));
        assertEquals(List.of("grafana office network", "vpn only"), field("/policies/all/", "name"));
        // PolicyViewSet has no name filter: ?name= is ignored, as on the server. search is icontains on name.
        assertEquals(2, field("/policies/all/?name=vpn%20only", "name").size());
        assertEquals(List.of("vpn only"), field("/policies/all/?search=VPN", "name"));
        createBinding(CATCH_ALL_APP, "policy", OFFICE_POLICY, 0);
        assertEquals(List.of("vpn only"), field("/policies/all/?bindings__isnull=true", "name"));
        assertEquals(List.of("grafana office network"), field("/policies/all/?bindings__isnull=false", "name"));
    }

    @Test
    void policiesCanBeReadAndDeletedButNotWritten() {
        assertDetail(http.post("/policies/all/", j("{'name': 'x'}")), 405, "Method \"POST\" not allowed.");
        assertDetail(http.patch("/policies/all/" + OFFICE_POLICY + "/", j("{'name': 'x'}")), 405,
                "Method \"PATCH\" not allowed.");
        assertDetail(http.get("/policies/all/00000000-0000-4000-8000-000000000000/"), 404, "No Policy matches the given query.");
        assertEquals(204, http.delete("/policies/all/" + OFFICE_POLICY + "/").status());
        assertEquals(0, sim.state().count("/policies/all/"));
    }
}
