package dev.akconf.config.schema;

import static dev.akconf.config.schema.SchemaAssert.assertAccepted;
import static dev.akconf.config.schema.SchemaAssert.assertRejected;
import static dev.akconf.config.schema.SchemaAssert.fail;
import static dev.akconf.config.schema.SchemaAssert.pass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.config.LoadedConfig;
import dev.akconf.config.Resource;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * schemas/expression-policy.schema.json: the name, the expression required (and not blank) on create,
 * execution_logging, the top-level keys (state, id, suppress, ignore), field types and unknown keys.
 */
class ExpressionPolicySchemaTest {

    static final String UUID = "3f0e8c52-9d6a-4d1e-b1a7-2c4e5f6a7b8c";

    /** A valid policy (lines 1-4) followed by {@code specLines}: the first added line is line 5, its key at column 3. */
    static String policy(String specLines) {
        return """
                kind: ExpressionPolicy
                name: grafana office network
                spec:
                  expression: return ak_client_ip in ip_network("10.20.0.0/16")
                """ + specLines.indent(2);
    }

    /** A policy whose spec is exactly {@code specLines}, from line 4. */
    static String withSpec(String specLines) {
        return """
                kind: ExpressionPolicy
                name: grafana office network
                spec:
                """ + specLines.indent(2);
    }

    /** A valid policy with {@code topLines} between name (line 2) and spec: the first added line is line 3. */
    static String withTop(String topLines) {
        return """
                kind: ExpressionPolicy
                name: grafana office network
                """ + topLines + (topLines.endsWith("\n") ? "" : "\n") + """
                spec:
                  expression: return True
                """;
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                fail("name is required", "kind: ExpressionPolicy\nspec: {expression: return True}\n", 1, 1, "missing required key \"name\""),
                fail("name is not empty", "kind: ExpressionPolicy\nname: \"\"\nspec: {expression: return True}\n",
                        2, 7, "name: must not be empty"),
                fail("name is a string", "kind: ExpressionPolicy\nname: [vpn]\nspec: {expression: return True}\n",
                        2, 7, "name: expected a string, got a list"),
                fail("spec is required on create", "kind: ExpressionPolicy\nname: vpn\n", 1, 1, "missing required key \"spec\""),
                fail("spec is required with state present", "kind: ExpressionPolicy\nname: vpn\nstate: present\n",
                        1, 1, "missing required key \"spec\""),
                fail("spec is a mapping", "kind: ExpressionPolicy\nname: vpn\nspec: return True\n", 3, 7,
                        "spec: expected a mapping, got \"return True\""),
                fail("expression is required", withSpec("execution_logging: true"), 3, 1, "missing required key \"expression\" in spec"),
                fail("expression is not empty", withSpec("expression: \"\""),
                        4, 15, "spec.expression: must not be empty (Authentik: This field may not be blank.)"),
                fail("expression is not blank (Authentik trims it)", withSpec("expression: \"\\n  \\n\""),
                        4, 15, "spec.expression: must not be empty (Authentik: This field may not be blank.)"),
                fail("expression is a string", withSpec("expression: [return True]"), 4, 15, "spec.expression: expected a string, got a list"),
                fail("expression is not null", withSpec("expression:"), 4, 14, "spec.expression: expected a string, got null"),
                fail("execution_logging is a boolean", policy("execution_logging: \"yes\""), 5, 22,
                        "spec.execution_logging: expected a boolean, got \"yes\""),
                fail("execution_logging is not null", policy("execution_logging: null"), 5, 22,
                        "spec.execution_logging: expected a boolean, got null"),
                fail("unknown spec key, with a suggestion", policy("execution_loging: true"),
                        5, 3, "unknown key \"execution_loging\" in spec — did you mean \"execution_logging\"?"),
                fail("unknown spec key: the name is top-level", policy("name: vpn"), 5, 3, "unknown key \"name\" in spec"),
                fail("unknown spec key: bound_to is read-only", policy("bound_to: 1"), 5, 3, "unknown key \"bound_to\" in spec"),
                fail("unknown top-level key: a policy has no slug", withTop("slug: vpn"), 3, 1, "unknown key \"slug\""),
                fail("unknown top-level key, with a suggestion", withTop("stat: absent"), 3, 1, "unknown key \"stat\" — did you mean \"state\"?"),
                fail("state is present or absent", withTop("state: deleted"), 3, 8, "state: \"deleted\" is not one of present, absent"),
                fail("id is a uuid", withTop("id: 12"), 3, 5, "id: 12 is not a uuid"),
                fail("suppress needs a reason", withTop("akconf.io/suppress: {AK001: \"\"}"), 3, 29, "a suppression needs a reason"));
    }

    static Stream<Arguments> passes() {
        return Stream.of(
                pass("an expression", policy("")),
                pass("with execution_logging", policy("execution_logging: true")),
                pass("a multi-line expression", withSpec("""
                        expression: |
                          # members of the office network, or admins from anywhere
                          if ak_is_group_member(request.user, name="authentik Admins"):
                              return True
                          return ak_client_ip in ip_network("10.20.0.0/16")
                        """)),
                pass("a name with spaces", "kind: ExpressionPolicy\nname: Grafana office network\nspec: {expression: return True}\n"),
                pass("state present", withTop("state: present")),
                pass("id as uuid", withTop("id: " + UUID)),
                pass("suppress", withTop("akconf.io/suppress: {AK001: \"not a proxy outpost\"}")),
                pass("ignore a field left to the UI", withTop("akconf.io/ignore:\n  - field: execution_logging\n    reason: debugging in the UI")),
                pass("state absent needs no spec", "kind: ExpressionPolicy\nname: vpn\nstate: absent\n"),
                pass("state absent skips the create rules", "kind: ExpressionPolicy\nname: vpn\nstate: absent\nspec:\n  execution_logging: true\n"),
                pass("two policies", policy("") + "---\nkind: ExpressionPolicy\nname: vpn\nspec: {expression: return False}\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void rejects(String rule, String yaml, int line, int column, String message) {
        assertRejected(yaml, line, column, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("passes")
    void accepts(String rule, String yaml) {
        assertAccepted(yaml);
    }

    @Test
    void theNameIsTheIdentityAndTheRestIsTheSpec() {
        LoadedConfig loaded = SchemaAssert.load(withTop("id: " + UUID) + "  execution_logging: true\n");
        assertEquals(1, loaded.resources().size(), () -> loaded.diagnostics().sorted().toString());
        Resource r = loaded.resources().get(0);
        assertEquals("ExpressionPolicy \"grafana office network\"", r.key().toString());
        assertEquals(UUID, r.id());
        assertEquals("return True", r.spec().get("expression").asString());
        assertTrue(r.spec().get("execution_logging").asBoolean());
    }
}
