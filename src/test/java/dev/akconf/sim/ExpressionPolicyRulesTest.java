package dev.akconf.sim;

import static dev.akconf.sim.OpenApiContract.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Expression policies through their whole life at /policies/expression/ (ExpressionPolicyViewSet,
 * authentik/policies/expression/api.py): create, PATCH, PUT, DELETE, the 400s, the filters, and the
 * same objects in /policies/all/ and as bindings' policy.
 */
class ExpressionPolicyRulesTest extends SimTestBase {

    private static final String PATH = "/policies/expression/";

    private static String body(String name, String expression) {
        ObjectNode b = Http.JSON.createObjectNode();
        if (name != null) {
            b.put("name", name);
        }
        if (expression != null) {
            b.put("expression", expression);
        }
        return b.toString();
    }

    private String create(String name, String expression) {
        Http.Resp r = http.post(PATH, valid("ExpressionPolicyRequest", body(name, expression)));
        assertEquals(201, r.status(), r.body()::toString);
        return r.body().get("pk").stringValue();
    }

    private List<String> names(String apiPath) {
        Http.Resp r = http.get(apiPath);
        assertEquals(200, r.status(), r.body()::toString);
        return r.body().get("results").valueStream().map(o -> o.get("name").stringValue()).toList();
    }

    @Test
    void createFillsTheConstantsAndTheSameObjectIsAPolicy() {
        Http.Resp r = http.post(PATH, valid("ExpressionPolicyRequest", body("vpn only", "return ak_client_ip in ip_network('10.8.0.0/16')")));
        assertEquals(201, r.status(), r.body()::toString);
        JsonNode p = r.body();
        assertEquals(List.of("pk", "name", "execution_logging", "component", "verbose_name", "verbose_name_plural",
                "meta_model_name", "bound_to", "expression"), List.copyOf(p.propertyNames()));
        assertFalse(p.get("execution_logging").booleanValue());
        assertEquals("ak-policy-expression-form", p.get("component").stringValue());
        assertEquals("authentik_policies_expression.expressionpolicy", p.get("meta_model_name").stringValue());
        assertEquals(0, p.get("bound_to").intValue());
        String pk = p.get("pk").stringValue();
        assertEquals(p, http.get(PATH + pk + "/").body());
        // PolicySerializer.to_representation shows an expression policy with its own serializer.
        assertEquals(p, http.get("/policies/all/" + pk + "/").body());
        assertEquals(List.of("grafana office network", "vpn only"), names("/policies/all/"));
    }

    @Test
    void nameAndExpressionAreRequiredNotBlankAndTrimmed() {
        assertEquals("{\"name\":[\"This field is required.\"],\"expression\":[\"This field is required.\"]}",
                http.post(PATH, "{}").body().toString());
        assertEquals("{\"name\":[\"This field may not be blank.\"],\"expression\":[\"This field may not be blank.\"]}",
                http.post(PATH, body(" ", "\n  \n")).body().toString());
        assertError(http.post(PATH, "{\"name\": null, \"expression\": \"return True\"}"), 400, "name", "This field may not be null.");
        assertError(http.post(PATH, "{\"name\": \"x\", \"expression\": \"return True\", \"execution_logging\": \"maybe\"}"), 400,
                "execution_logging", "Must be a valid boolean.");
        String pk = create("  spaced  ", "\n\nreturn True\n\n");
        JsonNode stored = http.get(PATH + pk + "/").body();
        assertEquals("spaced", stored.get("name").stringValue());
        assertEquals("return True", stored.get("expression").stringValue());
    }

    @Test
    void namesAreUniqueAcrossEveryPolicyType() {
        // Policy.name is unique on the parent model (authentik/policies/models.py): a policy of another
        // type holds its name too.
        sim.state().addPolicy(Http.JSON.createObjectNode().put("name", "strong passwords")
                .put("component", "ak-policy-password-form").put("meta_model_name", "authentik_policies_password.passwordpolicy")
                .put("verbose_name", "Password Policy").put("verbose_name_plural", "Password Policies"));
        assertError(http.post(PATH, body("grafana office network", "return True")), 400, "name",
                "Policy with this name already exists.");
        assertError(http.post(PATH, body("strong passwords", "return True")), 400, "name", "Policy with this name already exists.");
        String pk = create("vpn only", "return True");
        assertError(http.patch(PATH + pk + "/", body("strong passwords", null)), 400, "name", "Policy with this name already exists.");
        // Its own name is no clash.
        assertEquals(200, http.patch(PATH + pk + "/", valid("PatchedExpressionPolicyRequest", body("vpn only", null))).status());
    }

    @Test
    void anExpressionThatCannotCompileIsRefusedWithPythonsMessage() {
        // validate_expression compiles under "temp-policy" on a create, the stored name on an update; line
        // numbers count the wrapper's "def handler(...):" line (authentik/lib/expression/evaluator.py).
        assertError(http.post(PATH, body("broken", "return ak_is_group_member(request.user, name='ops'")), 400, "expression",
                "Expression Syntax Error: '(' was never closed (temp-policy, line 2)");
        assertEquals("{\"name\":[\"Policy with this name already exists.\"],\"expression\":[\"Expression Syntax Error: "
                        + "unterminated string literal (detected at line 2) (temp-policy, line 2)\"]}",
                http.post(PATH, body("grafana office network", "return 'x")).body().toString());
        assertError(http.patch(PATH + OFFICE_POLICY + "/", body(null, "x = [1,\n 2)\nreturn x")), 400, "expression",
                "Expression Syntax Error: closing parenthesis ')' does not match opening parenthesis '[' on line 2 "
                        + "(grafana office network, line 3)");
        assertError(http.put(PATH + OFFICE_POLICY + "/", body("renamed", "# nothing yet")), 400, "expression",
                "Expression Syntax Error: expected an indented block after function definition on line 1 "
                        + "(grafana office network, line 3)");
        assertEquals(0, sim.state().list(PATH).stream().filter(p -> p.get("name").stringValue().equals("broken")).count());
        assertEquals("grafana office network", http.get(PATH + OFFICE_POLICY + "/").body().get("name").stringValue());
    }

    @Test
    void patchAndPutChangeAPolicy() {
        String pk = create("vpn only", "return True");
        Http.Resp patched = http.patch(PATH + pk + "/", valid("PatchedExpressionPolicyRequest",
                "{\"execution_logging\": true}"));
        assertEquals(200, patched.status(), patched.body()::toString);
        assertTrue(patched.body().get("execution_logging").booleanValue());
        assertEquals("return True", patched.body().get("expression").stringValue());
        assertEquals("{\"expression\":[\"This field is required.\"]}", http.put(PATH + pk + "/", body("vpn only", null)).body().toString());
        Http.Resp put = http.put(PATH + pk + "/", valid("ExpressionPolicyRequest", body("vpn users", "return False")));
        assertEquals("vpn users", put.body().get("name").stringValue());
        assertEquals("return False", put.body().get("expression").stringValue());
        // PUT does not reset what it does not send (DRF keeps the instance's value).
        assertTrue(put.body().get("execution_logging").booleanValue());
        assertEquals(put.body(), http.get("/policies/all/" + pk + "/").body());
    }

    @Test
    void listsAreOrderedByNameAndFilteredLikeTheServer() {
        create("zz last", "return True");
        create("aa first", "return False");
        sim.state().addPolicy(Http.JSON.createObjectNode().put("name", "mm password")
                .put("meta_model_name", "authentik_policies_password.passwordpolicy"));
        assertEquals(List.of("aa first", "grafana office network", "zz last"), names(PATH));
        assertEquals(List.of("aa first", "grafana office network", "mm password", "zz last"), names("/policies/all/"));
        // filterset_fields = "__all__": exact model-field filters, unlike /policies/all/.
        assertEquals(List.of("zz last"), names(PATH + "?name=zz%20last"));
        assertEquals(List.of(), names(PATH + "?name=ZZ%20LAST"));
        assertEquals(List.of("aa first"), names(PATH + "?expression=return%20False"));
        assertEquals(List.of("zz last"), names(PATH + "?search=LAST"));
        assertEquals(List.of("grafana office network"), names(PATH + "?policy_uuid=" + OFFICE_POLICY.toUpperCase()));
        assertError(http.get(PATH + "?policy_uuid=12"), 400, "policy_uuid", "Enter a valid UUID.");
        assertEquals(List.of("zz last", "grafana office network", "aa first"), names(PATH + "?ordering=-name"));
        JsonNode page = http.get(PATH + "?page_size=2").body();
        assertEquals(3, page.get("pagination").get("count").intValue());
        assertEquals(2, page.get("results").size());
        String logged = create("logged", "return True");
        http.patch(PATH + logged + "/", "{\"execution_logging\": true}");
        assertEquals(List.of("logged"), names(PATH + "?execution_logging=true"));
    }

    @Test
    void otherPoliciesAreNotHere() {
        String password = sim.state().addPolicy(Http.JSON.createObjectNode().put("name", "strong passwords")
                .put("meta_model_name", "authentik_policies_password.passwordpolicy")).get("pk").stringValue();
        assertDetail(http.get(PATH + password + "/"), 404, "No ExpressionPolicy matches the given query.");
        assertDetail(http.get(PATH + "not-a-uuid/"), 404, "Not found.");
        assertEquals(200, http.get("/policies/all/" + password + "/").status());
    }

    @Test
    void bindingsTakeItAndDeletingItDeletesThem() {
        String pk = create("vpn only", "return True");
        createBinding(CATCH_ALL_APP, "policy", pk, 10);
        assertEquals(1, http.get(PATH + pk + "/").body().get("bound_to").intValue());
        assertEquals(1, http.get("/policies/bindings/?policy=" + pk).body().get("results").size());
        assertEquals(204, http.delete(PATH + pk + "/").status());
        assertDetail(http.get(PATH + pk + "/"), 404, "No ExpressionPolicy matches the given query.");
        assertDetail(http.get("/policies/all/" + pk + "/"), 404, "No Policy matches the given query.");
        assertEquals(0, sim.state().list("/policies/bindings/").size());
    }
}
