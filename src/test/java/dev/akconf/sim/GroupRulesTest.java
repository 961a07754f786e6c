package dev.akconf.sim;

import static dev.akconf.sim.Http.j;
import static dev.akconf.sim.OpenApiContract.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** GroupSerializer's validation, its computed fields and the group deletes (authentik/core/api/groups.py). */
class GroupRulesTest extends SimTestBase {

    private static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::stringValue).toList();
    }

    @Test
    void createFillsDefaultsAndTheReadOnlyFields() {
        Http.Resp r = http.post("/core/groups/", valid("GroupRequest", j("{'name': 'grafana-users'}")));
        assertEquals(201, r.status(), r.body()::toString);
        JsonNode g = r.body();
        String pk = g.get("pk").stringValue();
        assertEquals(36, pk.length());
        assertEquals(GroupViews.numPk(pk), g.get("num_pk").intValue());
        assertEquals(false, g.get("is_superuser").booleanValue());
        assertEquals("[]", g.get("parents").toString());
        assertEquals("[]", g.get("users").toString());
        assertEquals("[]", g.get("users_obj").toString());
        assertEquals("{}", g.get("attributes").toString());
        assertEquals("[]", g.get("roles").toString());
        assertEquals("[]", g.get("roles_obj").toString());
        assertEquals("[]", g.get("children").toString());
        // Not requested: SerializerMethodField(allow_null=True) answers null.
        assertTrue(g.get("parents_obj").isNull());
        assertTrue(g.get("children_obj").isNull());
        assertTrue(g.get("inherited_roles_obj").isNull());
        assertEquals(g, http.get("/core/groups/" + pk + "/").body());
    }

    @Test
    void numPkIsTheFirstFiveDigitsOfTheUuidsInteger() {
        // int(str(uuid.UUID("1d6c2a0e-5b7f-4e3a-9c81-7a2b3c4d5e01").int)[:5]) in Python.
        assertEquals(39109, http.get("/core/groups/" + ADMINS + "/").body().get("num_pk").intValue());
    }

    @Test
    void namesAreRequiredNonBlankAndUnique() {
        assertError(http.post("/core/groups/", "{}"), 400, "name", "This field is required.");
        assertError(http.post("/core/groups/", j("{'name': '  '}")), 400, "name", "This field may not be blank.");
        assertError(http.post("/core/groups/", j("{'name': 'authentik Admins'}")), 400, "name",
                "Group with this name already exists.");
        String pk = createGroup("ops");
        assertError(http.patch("/core/groups/" + pk + "/", j("{'name': 'authentik Admins'}")), 400, "name",
                "Group with this name already exists.");
        // Saving a group under its own name is no clash.
        assertEquals(200, http.patch("/core/groups/" + pk + "/", valid("PatchedGroupRequest", j("{'name': 'ops'}"))).status());
    }

    @Test
    void parentsMustExistAndAGroupMayBeItsOwnParent() {
        String missing = "00000000-0000-4000-8000-000000000000";
        assertError(http.post("/core/groups/", j("{'name': 'x', 'parents': ['" + missing + "']}")), 400, "parents",
                "Invalid pk \"" + missing + "\" - object does not exist.");
        assertError(http.post("/core/groups/", j("{'name': 'x', 'parents': ['nope']}")), 400, "parents",
                "\u201cnope\u201d is not a valid UUID.");
        String pk = createGroup("ops");
        // No validate_parent since #17050 (authentik/core/api/groups.py, 2026.2.2): the server stores the loop.
        Http.Resp self = http.patch("/core/groups/" + pk + "/", valid("PatchedGroupRequest", j("{'parents': ['" + pk + "']}")));
        assertEquals(200, self.status(), self.body()::toString);
        assertEquals(List.of(pk), texts(self.body().get("parents")));
        Http.Resp ok = http.patch("/core/groups/" + pk + "/", valid("PatchedGroupRequest", j("{'parents': ['" + ADMINS + "']}")));
        assertEquals(200, ok.status(), ok.body()::toString);
        assertEquals(List.of(ADMINS), texts(ok.body().get("parents")));
    }

    @Test
    void childrenAreComputedAndTheObjListsFollowTheQuery() {
        String child = http.post("/core/groups/", valid("GroupRequest",
                j("{'name': 'ops', 'parents': ['" + ADMINS + "'], 'attributes': {'team': 'ops'}}"))).body().get("pk").stringValue();
        JsonNode admins = http.get("/core/groups/" + ADMINS + "/").body();
        assertEquals(List.of(child), texts(admins.get("children")));
        assertTrue(admins.get("children_obj").isNull());
        JsonNode full = http.get("/core/groups/" + ADMINS + "/?include_children=true&include_parents=True"
                + "&include_inherited_roles=true").body();
        assertEquals("[{\"pk\":\"" + child + "\",\"name\":\"ops\",\"is_superuser\":false,\"attributes\":{\"team\":\"ops\"},"
                + "\"group_uuid\":\"" + child + "\"}]", full.get("children_obj").toString());
        assertEquals("[]", full.get("parents_obj").toString());
        assertEquals("[]", full.get("inherited_roles_obj").toString());
        JsonNode ops = http.get("/core/groups/?include_parents=true&name=ops").body().get("results").get(0);
        assertEquals(ADMINS, ops.get("parents_obj").get(0).get("group_uuid").stringValue());
        // include_users defaults to true; only the text "true" (any case) counts as true.
        assertEquals("akadmin", admins.get("users_obj").get(0).get("username").stringValue());
        assertTrue(http.get("/core/groups/" + ADMINS + "/?include_users=false").body().get("users_obj").isNull());
        assertTrue(http.get("/core/groups/" + ADMINS + "/?include_users=1").body().get("users_obj").isNull());
        assertEquals("[1]", http.get("/core/groups/" + ADMINS + "/?include_users=false").body().get("users").toString());
    }

    @Test
    void usersAreCheckedStoredAndClearedByAPutWithoutThem() {
        assertError(http.post("/core/groups/", j("{'name': 'x', 'users': [99]}")), 400, "users",
                "Invalid pk \"99\" - object does not exist.");
        assertError(http.post("/core/groups/", j("{'name': 'x', 'users': ['me']}")), 400, "users",
                "Incorrect type. Expected pk value, received str.");
        Http.Resp r = http.post("/core/groups/", valid("GroupRequest", j("{'name': 'team', 'users': [2, 1, 2]}")));
        String pk = r.body().get("pk").stringValue();
        assertEquals("[2,1]", r.body().get("users").toString());
        assertEquals("alice", r.body().get("users_obj").get(0).get("username").stringValue());
        assertEquals(List.of(pk), texts(http.get("/core/users/2/").body().get("groups")));
        // PATCH keeps what it does not send; PUT sends users' default, [] (extra_kwargs "default": list).
        assertEquals("[2,1]", http.patch("/core/groups/" + pk + "/", j("{'is_superuser': true}")).body().get("users").toString());
        Http.Resp put = http.put("/core/groups/" + pk + "/", valid("GroupRequest", j("{'name': 'team'}")));
        assertEquals("[]", put.body().get("users").toString());
        assertEquals(true, put.body().get("is_superuser").booleanValue());
    }

    @Test
    void attributesAreAnObjectAndRolesDoNotExist() {
        assertError(http.post("/core/groups/", j("{'name': 'x', 'attributes': [1]}")), 400, "attributes",
                "Value must be a dictionary, and not have any duplicate keys.");
        assertError(http.post("/core/groups/", j("{'name': 'x', 'attributes': null}")), 400, "attributes",
                "This field may not be null.");
        String role = "11111111-2222-4333-8444-555555555555";
        assertError(http.post("/core/groups/", j("{'name': 'x', 'roles': ['" + role + "']}")), 400, "roles",
                "Invalid pk \"" + role + "\" - object does not exist.");
        assertEquals(201, http.post("/core/groups/", valid("GroupRequest", j("{'name': 'x', 'roles': []}"))).status());
    }

    @Test
    void deletingAGroupDetachesChildrenAndDeletesItsBindings() {
        String parent = createGroup("parent");
        String child = http.post("/core/groups/", j("{'name': 'child', 'parents': ['" + parent + "', '" + ADMINS + "']}"))
                .body().get("pk").stringValue();
        String binding = createBinding(CATCH_ALL_APP, "group", parent, 0);
        String other = createBinding(CATCH_ALL_APP, "group", child, 1);
        assertEquals(204, http.delete("/core/groups/" + parent + "/").status());
        assertEquals(List.of(ADMINS), texts(http.get("/core/groups/" + child + "/").body().get("parents")));
        assertDetail(http.get("/policies/bindings/" + binding + "/"), 404, "No PolicyBinding matches the given query.");
        assertEquals(200, http.get("/policies/bindings/" + other + "/").status());
        assertDetail(http.get("/core/groups/" + parent + "/"), 404, "No Group matches the given query.");
        assertDetail(http.get("/core/groups/not-a-uuid/"), 404, "Not found.");
    }

    @Test
    void listsFilterByNameSearchSuperuserAndMembers() {
        createGroup("grafana-users");
        http.post("/core/groups/", j("{'name': 'grafana-admins', 'users': [2], 'attributes': {'tier': 1, 'env': 'prod'}}"));
        assertEquals(List.of("authentik Admins", "authentik Read-only", "grafana-admins", "grafana-users"), names("/core/groups/"));
        assertEquals(List.of("grafana-users"), names("/core/groups/?name=grafana-users"));
        assertEquals(List.of(), names("/core/groups/?name=grafana"));
        assertEquals(List.of("grafana-admins", "grafana-users"), names("/core/groups/?search=GRAF"));
        assertEquals(List.of("authentik Admins"), names("/core/groups/?is_superuser=true"));
        assertEquals(List.of("authentik Admins", "grafana-admins"), names("/core/groups/?members_by_pk=1&members_by_pk=2"));
        assertEquals(List.of("grafana-admins"), names("/core/groups/?members_by_username=alice"));
        assertError(http.get("/core/groups/?members_by_pk=7"), 400, "members_by_pk",
                "Select a valid choice. 7 is not one of the available choices.");
        assertEquals(List.of("grafana-admins"), names("/core/groups/?attributes=%7B%22tier%22%3A1%7D"));
        assertEquals(List.of(), names("/core/groups/?attributes=%7B%22tier%22%3A2%7D"));
        assertEquals(List.of("grafana-users", "grafana-admins", "authentik Read-only", "authentik Admins"),
                names("/core/groups/?ordering=-name"));
    }

    @Test
    void anAttributesFilterThatIsNotJsonIsAListBody() {
        Http.Resp r = http.get("/core/groups/?attributes=nope");
        assertEquals(400, r.status());
        // DRF renders ValidationError("text") raised in a filter method as a bare list (not a ValidationError object).
        assertEquals("[\"filter: failed to parse JSON\"]", r.body().toString());
        assertEquals("[\"filter: value must be key:value mapping\"]", http.get("/core/groups/?attributes=%5B1%5D").body().toString());
        // The schema documents 400 as an object; these real-server bodies are not checked against it.
        sim.clearRequests();
    }

    private List<String> names(String apiPath) {
        Http.Resp r = http.get(apiPath);
        assertEquals(200, r.status(), () -> apiPath + " " + r.body());
        return r.body().get("results").valueStream().map(o -> o.get("name").stringValue()).toList();
    }
}
