package dev.akconf.config.schema;

import static dev.akconf.config.schema.SchemaAssert.assertAccepted;
import static dev.akconf.config.schema.SchemaAssert.assertRejected;
import static dev.akconf.config.schema.SchemaAssert.fail;
import static dev.akconf.config.schema.SchemaAssert.pass;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.akconf.config.LoadedConfig;
import dev.akconf.config.Resource;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * schemas/scope-mapping.schema.json: the name, scope_name and expression required (and not blank) on
 * create, description, the managed flag that only Authentik sets, the top-level keys (state, id, suppress),
 * field types and unknown keys.
 */
class ScopeMappingSchemaTest {

    static final String UUID = "3f0e8c52-9d6a-4d1e-b1a7-2c4e5f6a7b8c";

    /** A valid scope mapping (lines 1-5) followed by {@code specLines}: the first added line is line 6, its key at column 3. */
    static String mapping(String specLines) {
        return """
                kind: ScopeMapping
                name: grafana groups
                spec:
                  scope_name: groups
                  expression: 'return {"groups": [g.name for g in request.user.ak_groups.all()]}'
                """ + specLines.indent(2);
    }

    /** A scope mapping whose spec is exactly {@code specLines}, from line 4. */
    static String withSpec(String specLines) {
        return """
                kind: ScopeMapping
                name: grafana groups
                spec:
                """ + specLines.indent(2);
    }

    /** A valid scope mapping with {@code topLines} between name (line 2) and spec: the first added line is line 3. */
    static String withTop(String topLines) {
        return """
                kind: ScopeMapping
                name: grafana groups
                """ + topLines + (topLines.endsWith("\n") ? "" : "\n") + """
                spec:
                  scope_name: groups
                  expression: return None
                """;
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                fail("name is required", "kind: ScopeMapping\nspec: {scope_name: groups, expression: return None}\n",
                        1, 1, "missing required key \"name\""),
                fail("name is not empty", "kind: ScopeMapping\nname: \"\"\nspec: {scope_name: groups, expression: return None}\n",
                        2, 7, "name: must not be empty"),
                fail("name is a string", "kind: ScopeMapping\nname: [groups]\nspec: {scope_name: groups, expression: return None}\n",
                        2, 7, "name: expected a string, got a list"),
                fail("spec is required on create", "kind: ScopeMapping\nname: grafana groups\n", 1, 1, "missing required key \"spec\""),
                fail("spec is required with state present", "kind: ScopeMapping\nname: grafana groups\nstate: present\n",
                        1, 1, "missing required key \"spec\""),
                fail("spec is a mapping", "kind: ScopeMapping\nname: grafana groups\nspec: groups\n", 3, 7, "spec: expected a mapping, got \"groups\""),
                fail("scope_name is required", withSpec("expression: return None"), 3, 1, "missing required key \"scope_name\" in spec"),
                fail("expression is required", withSpec("scope_name: groups"), 3, 1, "missing required key \"expression\" in spec"),
                fail("scope_name is not empty", withSpec("scope_name: \"\"\nexpression: return None"),
                        4, 15, "spec.scope_name: must not be empty (Authentik: This field may not be blank.)"),
                fail("scope_name is not blank (Authentik trims it)", withSpec("scope_name: \"  \"\nexpression: return None"),
                        4, 15, "spec.scope_name: must not be empty (Authentik: This field may not be blank.)"),
                fail("scope_name is a string", withSpec("scope_name: 5\nexpression: return None"),
                        4, 15, "spec.scope_name: expected a string, got integer 5"),
                fail("scope_name is not null", withSpec("scope_name:\nexpression: return None"),
                        4, 14, "spec.scope_name: expected a string, got null"),
                fail("expression is not empty", withSpec("scope_name: groups\nexpression: \"\""),
                        5, 15, "spec.expression: must not be empty (Authentik: This field may not be blank.)"),
                fail("expression is not blank (Authentik trims it)", withSpec("scope_name: groups\nexpression: \"\\n  \\n\""),
                        5, 15, "spec.expression: must not be empty (Authentik: This field may not be blank.)"),
                fail("expression is a string", withSpec("scope_name: groups\nexpression: [return None]"),
                        5, 15, "spec.expression: expected a string, got a list"),
                fail("description is a string", mapping("description: null"), 6, 16, "spec.description: expected a string, got null"),
                fail("description is not a list", mapping("description: [a, b]"), 6, 16, "spec.description: expected a string, got a list"),
                fail("managed is not declarable in spec", mapping("managed: goauthentik.io/providers/proxy/scope-proxy"),
                        6, 12, "spec.managed: managed scope mappings belong to Authentik; reference them by their managed id instead of declaring them"),
                fail("managed is not declarable at the top level", withTop("managed: goauthentik.io/providers/oauth2/scope-email"),
                        3, 10, "managed: managed scope mappings belong to Authentik; reference them by their managed id instead of declaring them"),
                fail("managed null is not declarable either", mapping("managed: null"), 6, 12, "spec.managed: managed scope mappings belong to Authentik"),
                fail("unknown spec key, with a suggestion", mapping("descripton: Your groups"),
                        6, 3, "unknown key \"descripton\" in spec — did you mean \"description\"?"),
                fail("unknown spec key: scope is scope_name", mapping("scope: groups"), 6, 3, "unknown key \"scope\" in spec"),
                fail("unknown spec key: the name is top-level", mapping("name: grafana groups"), 6, 3, "unknown key \"name\" in spec"),
                fail("unknown spec key: pk is read-only", mapping("pk: " + UUID), 6, 3, "unknown key \"pk\" in spec"),
                fail("unknown top-level key: a scope mapping has no slug", withTop("slug: grafana-groups"), 3, 1, "unknown key \"slug\""),
                fail("unknown top-level key, with a suggestion", withTop("stat: absent"), 3, 1, "unknown key \"stat\" — did you mean \"state\"?"),
                fail("state is present or absent", withTop("state: deleted"), 3, 8, "state: \"deleted\" is not one of present, absent"),
                fail("id is a uuid", withTop("id: 12"), 3, 5, "id: 12 is not a uuid"),
                fail("id is not a managed id", withTop("id: goauthentik.io/providers/proxy/scope-proxy"),
                        3, 5, "id: \"goauthentik.io/providers/proxy/scope-proxy\" is not a uuid"),
                fail("suppress needs a reason", withTop("akconf.io/suppress: {AK001: \"\"}"), 3, 29, "a suppression needs a reason"));
    }

    static Stream<Arguments> passes() {
        return Stream.of(
                pass("scope_name and expression", mapping("")),
                pass("with a description", mapping("description: Your groups")),
                pass("with an empty description (nothing shown on consent)", mapping("description: \"\"")),
                pass("a multi-line expression", withSpec("""
                        scope_name: grafana_role
                        expression: |
                          role = "Viewer"
                          for group in request.user.ak_groups.all():
                              if group.attributes.get("grafana_role") == "Admin":
                                  role = "Admin"
                          return {"ak_proxy": {"user_attributes": {"additionalHeaders": {"X-Grafana-Role": role}}}}
                        """)),
                pass("a scope name with a colon", withSpec("scope_name: \"read:dashboards\"\nexpression: return None")),
                pass("a name with spaces", "kind: ScopeMapping\nname: Grafana groups claim\nspec: {scope_name: groups, expression: return None}\n"),
                pass("state present", withTop("state: present")),
                pass("id as uuid", withTop("id: " + UUID)),
                pass("suppress", withTop("akconf.io/suppress: {AK001: \"not a proxy outpost\"}")),
                pass("state absent needs no spec", "kind: ScopeMapping\nname: grafana groups\nstate: absent\n"),
                pass("state absent skips the create rules", "kind: ScopeMapping\nname: grafana groups\nstate: absent\nspec:\n  scope_name: groups\n"),
                pass("two mappings", mapping("") + "---\nkind: ScopeMapping\nname: grafana role\nspec: {scope_name: role, expression: return None}\n"));
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
        LoadedConfig loaded = SchemaAssert.load(withTop("id: " + UUID) + "  description: Your groups\n");
        assertEquals(1, loaded.resources().size(), () -> loaded.diagnostics().sorted().toString());
        Resource r = loaded.resources().get(0);
        assertEquals("ScopeMapping \"grafana groups\"", r.key().toString());
        assertEquals(UUID, r.id());
        assertEquals("groups", r.spec().get("scope_name").asString());
        assertEquals("return None", r.spec().get("expression").asString());
        assertEquals("Your groups", r.spec().get("description").asString());
    }
}
