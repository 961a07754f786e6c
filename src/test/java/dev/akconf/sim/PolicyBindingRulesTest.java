package dev.akconf.sim;

import static dev.akconf.sim.Http.j;
import static dev.akconf.sim.OpenApiContract.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** PolicyBindingSerializer's validation and quirks, and what deletes do to bindings (authentik-api.md §4.5). */
class PolicyBindingRulesTest extends SimTestBase {

    private static final String PATH = "/policies/bindings/";
    private static final String NONE_SET = "One of 'group', 'policy', 'user' must be set.";
    private static final String MANY_SET = "Only one of 'group', 'policy', 'user' can be set.";

    private String body(String fields) {
        return j("{'target': '" + CATCH_ALL_APP + "', 'order': 0, " + fields + "}");
    }

    @Test
    void aGroupBindingGetsTheModelDefaultsAndAPartialGroup() {
        Http.Resp r = http.post(PATH, valid("PolicyBindingRequest", body("'group': '" + ADMINS + "'")));
        assertEquals(201, r.status(), r.body()::toString);
        JsonNode b = r.body();
        assertEquals(CATCH_ALL_APP, b.get("target").stringValue());
        assertEquals(false, b.get("negate").booleanValue());
        assertEquals(true, b.get("enabled").booleanValue());
        assertEquals(30, b.get("timeout").intValue());
        assertEquals(false, b.get("failure_result").booleanValue());
        assertTrue(b.get("policy").isNull());
        assertTrue(b.get("user").isNull());
        // Unset relations render as null, though the schema calls the *_obj fields required and non-null.
        assertTrue(b.get("policy_obj").isNull());
        assertTrue(b.get("user_obj").isNull());
        assertEquals("{\"pk\":\"" + ADMINS + "\",\"num_pk\":39109,\"name\":\"authentik Admins\",\"is_superuser\":true,"
                + "\"attributes\":{}}", b.get("group_obj").toString());
        assertEquals(b, http.get(PATH + b.get("pk").stringValue() + "/").body());
    }

    @Test
    void policyAndUserBindingsEmbedTheirObjects() {
        JsonNode p = http.post(PATH, valid("PolicyBindingRequest", body("'policy': '" + OFFICE_POLICY + "', 'negate': true"))).body();
        assertEquals("grafana office network", p.get("policy_obj").get("name").stringValue());
        assertEquals("ak-policy-expression-form", p.get("policy_obj").get("component").stringValue());
        assertEquals(1, p.get("policy_obj").get("bound_to").intValue());
        assertEquals(true, p.get("negate").booleanValue());
        JsonNode u = http.post(PATH, valid("PolicyBindingRequest", body("'user': 2, 'timeout': 5"))).body();
        assertEquals("alice", u.get("user_obj").get("username").stringValue());
        assertEquals(64, u.get("user_obj").get("uid").stringValue().length());
        assertEquals(5, u.get("timeout").intValue());
        assertTrue(u.get("group_obj").isNull());
    }

    @Test
    void exactlyOneSubjectMustBeSet() {
        assertError(http.post(PATH, body("'negate': false")), 400, "non_field_errors", NONE_SET);
        assertError(http.post(PATH, body("'policy': null, 'group': null, 'user': null")), 400, "non_field_errors", NONE_SET);
        assertError(http.post(PATH, body("'policy': '" + OFFICE_POLICY + "', 'user': 1")), 400, "non_field_errors", MANY_SET);
        assertError(http.post(PATH, body("'group': '" + ADMINS + "', 'user': 1, 'policy': '" + OFFICE_POLICY + "'")), 400,
                "non_field_errors", MANY_SET);
        assertEquals(201, http.post(PATH, valid("PolicyBindingRequest", body("'group': '" + ADMINS + "', 'user': null")))
                .status());
        assertEquals(1, sim.state().count(PATH));
    }

    @Test
    void targetAndOrderAreRequiredOnPostAndPut() {
        Http.Resp r = http.post(PATH, j("{'group': '" + ADMINS + "'}"));
        assertEquals(400, r.status());
        assertEquals("{\"target\":[\"This field is required.\"],\"order\":[\"This field is required.\"]}", r.body().toString());
        String pk = createBinding(CATCH_ALL_APP, "group", ADMINS, 0);
        Http.Resp put = http.put(PATH + pk + "/", j("{'group': '" + ADMINS + "', 'order': 3}"));
        assertError(put, 400, "target", "This field is required.");
        Http.Resp ok = http.put(PATH + pk + "/", valid("PolicyBindingRequest", body("'group': '" + ADMINS + "', 'enabled': false")));
        assertEquals(200, ok.status(), ok.body()::toString);
        assertEquals(false, ok.body().get("enabled").booleanValue());
    }

    @Test
    void theTargetMustBeAnApplicationOrAFlow() {
        String missing = "00000000-0000-4000-8000-000000000000";
        assertError(http.post(PATH, j("{'target': '" + missing + "', 'order': 0, 'group': '" + ADMINS + "'}")), 400, "target",
                "Invalid pk \"" + missing + "\" - object does not exist.");
        // A group is no policy-binding model.
        assertError(http.post(PATH, j("{'target': '" + ADMINS + "', 'order': 0, 'group': '" + ADMINS + "'}")), 400, "target",
                "Invalid pk \"" + ADMINS + "\" - object does not exist.");
        assertError(http.post(PATH, j("{'target': 'grafana', 'order': 0, 'group': '" + ADMINS + "'}")), 400, "target",
                "\u201cgrafana\u201d is not a valid UUID.");
        Http.Resp flow = http.post(PATH, valid("PolicyBindingRequest",
                j("{'target': '" + IMPLICIT_FLOW + "', 'order': 0, 'group': '" + ADMINS + "'}")));
        assertEquals(201, flow.status());
        assertEquals(IMPLICIT_FLOW, flow.body().get("target").stringValue());
    }

    @Test
    void subjectsMustExist() {
        String missing = "00000000-0000-4000-8000-000000000000";
        assertError(http.post(PATH, body("'policy': '" + missing + "'")), 400, "policy",
                "Invalid pk \"" + missing + "\" - object does not exist.");
        assertError(http.post(PATH, body("'group': '" + missing + "'")), 400, "group",
                "Invalid pk \"" + missing + "\" - object does not exist.");
        assertError(http.post(PATH, body("'user': 99")), 400, "user", "Invalid pk \"99\" - object does not exist.");
        assertError(http.post(PATH, body("'user': 'alice'")), 400, "user", "Incorrect type. Expected pk value, received str.");
    }

    @Test
    void orderAndTimeoutAreInt32IntegerFields() {
        String group = "'group': '" + ADMINS + "'";
        String target = "'target': '" + CATCH_ALL_APP + "', ";
        assertError(http.post(PATH, j("{" + target + group + ", 'order': 'first'}")), 400, "order", "A valid integer is required.");
        assertError(http.post(PATH, j("{" + target + group + ", 'order': 1.5}")), 400, "order", "A valid integer is required.");
        assertError(http.post(PATH, j("{" + target + group + ", 'order': true}")), 400, "order", "A valid integer is required.");
        assertError(http.post(PATH, j("{" + target + group + ", 'order': null}")), 400, "order", "This field may not be null.");
        assertError(http.post(PATH, j("{" + target + group + ", 'order': 2147483648}")), 400, "order",
                "Ensure this value is less than or equal to 2147483647.");
        assertError(http.post(PATH, j("{" + target + group + ", 'order': -2147483649}")), 400, "order",
                "Ensure this value is greater than or equal to -2147483648.");
        assertError(http.post(PATH, body(group + ", 'timeout': -1")), 400, "timeout", "Ensure this value is greater than or equal to 0.");
        // int(re_decimal.sub("", str(value))): numeric strings and whole floats are fine.
        assertEquals(7, http.post(PATH, j("{" + target + group + ", 'order': ' 7 '}")).body().get("order").intValue());
        assertEquals(8, http.post(PATH, j("{" + target + group + ", 'order': 8.0}")).body().get("order").intValue());
        // The requests above send invalid bodies on purpose: only the responses are checked.
    }

    @Test
    void aPatchWithoutTargetIsAServerError() {
        String pk = createBinding(CATCH_ALL_APP, "group", ADMINS, 0);
        Http.Resp r = http.patch(PATH + pk + "/", valid("PatchedPolicyBindingRequest", j("{'order': 5, 'group': '" + ADMINS + "'}")));
        assertDetail(r, 500, "Internal Server Error");
        assertEquals(0, http.get(PATH + pk + "/").body().get("order").intValue());
        // Field errors come first: a PATCH without target but with a bad field is an ordinary 400.
        assertError(http.patch(PATH + pk + "/", j("{'order': 'x'}")), 400, "order", "A valid integer is required.");
    }

    @Test
    void aPatchCountsOnlyTheSubjectsItSends() {
        String pk = createBinding(CATCH_ALL_APP, "group", ADMINS, 0);
        String target = "'target': '" + CATCH_ALL_APP + "'";
        // validate() sees the sent fields only: the stored group does not count.
        assertError(http.patch(PATH + pk + "/", j("{" + target + ", 'order': 5}")), 400, "non_field_errors", NONE_SET);
        Http.Resp ok = http.patch(PATH + pk + "/", valid("PatchedPolicyBindingRequest",
                j("{" + target + ", 'order': 5, 'group': '" + ADMINS + "'}")));
        assertEquals(200, ok.status(), ok.body()::toString);
        assertEquals(5, ok.body().get("order").intValue());
        // ...nor is the stored group cleared when another subject is sent alone: both end up set.
        Http.Resp both = http.patch(PATH + pk + "/", j("{" + target + ", 'user': 1}"));
        assertEquals(200, both.status(), both.body()::toString);
        assertEquals(ADMINS, both.body().get("group").stringValue());
        assertEquals(1, both.body().get("user").intValue());
    }

    @Test
    void policyTargetAndOrderAreUniqueTogether() {
        createBinding(CATCH_ALL_APP, "policy", OFFICE_POLICY, 0);
        assertError(http.post(PATH, body("'policy': '" + OFFICE_POLICY + "'")), 400, "non_field_errors",
                "The fields policy, target, order must make a unique set.");
        // Without a policy the check is skipped on create (a null value)...
        createBinding(CATCH_ALL_APP, "group", ADMINS, 3);
        String second = createBinding(CATCH_ALL_APP, "user", 2, 4);
        // ...but on update unchanged values come from the instance and a null policy matches null (IS NULL).
        assertError(http.patch(PATH + second + "/", j("{'target': '" + CATCH_ALL_APP + "', 'user': 2, 'order': 3}")), 400,
                "non_field_errors", "The fields policy, target, order must make a unique set.");
        assertEquals(200, http.patch(PATH + second + "/", j("{'target': '" + CATCH_ALL_APP + "', 'user': 2, 'order': 5}"))
                .status());
    }

    @Test
    void deletingTheTargetOrTheSubjectDeletesTheBinding() {
        String viaApp = createBinding(CATCH_ALL_APP, "user", 1, 0);
        String viaPolicy = createBinding(IMPLICIT_FLOW, "policy", OFFICE_POLICY, 0);
        String viaFlow = createBinding(INVALIDATION_FLOW, "group", ADMINS, 0);
        String viaUser = createBinding(INVALIDATION_FLOW, "user", 2, 1);
        assertEquals(204, http.delete("/core/applications/domain-wide-catch-all/").status());
        assertEquals(404, http.get(PATH + viaApp + "/").status());
        assertEquals(1, http.get("/policies/all/" + OFFICE_POLICY + "/").body().get("bound_to").intValue());
        assertEquals(204, http.delete("/policies/all/" + OFFICE_POLICY + "/").status());
        assertEquals(404, http.get(PATH + viaPolicy + "/").status());
        http.patch("/core/groups/" + ADMINS + "/", valid("PatchedGroupRequest", j("{'users': [1, 2]}")));
        assertTrue(sim.state().delete("/core/users/", 2));
        assertEquals(404, http.get(PATH + viaUser + "/").status());
        assertEquals("[1]", http.get("/core/groups/" + ADMINS + "/").body().get("users").toString());
        assertEquals(200, http.get(PATH + viaFlow + "/").status());
        assertTrue(sim.state().delete("/flows/instances/", "default-provider-invalidation-flow"));
        assertEquals(404, http.get(PATH + viaFlow + "/").status());
        assertEquals(0, sim.state().count(PATH));
    }

    @Test
    void deletingABindingAnswers204AndUnknownOnes404() {
        String pk = createBinding(CATCH_ALL_APP, "group", ADMINS, 0);
        assertEquals(204, http.delete(PATH + pk + "/").status());
        assertDetail(http.delete(PATH + pk + "/"), 404, "No PolicyBinding matches the given query.");
        assertDetail(http.get(PATH + "zzz/"), 404, "Not found.");
    }
}
