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
 * schemas/group.schema.json: the name, an optional spec (is_superuser, parents, attributes), membership
 * (users) and roles refused with their own message wherever they are written, the parents list, the
 * top-level keys (state, id, suppress), field types and unknown keys.
 */
class GroupSchemaTest {

    static final String UUID = "3f0e8c52-9d6a-4d1e-b1a7-2c4e5f6a7b8c";
    static final String USERS = "group membership (users) is out of scope for akconf: manage members in Authentik or your identity source";
    static final String ROLES = "roles are out of scope for akconf";

    /** A group whose spec holds {@code specLines}: the first is line 4, its key at column 3 and its value at column 5 + the key's length. */
    static String group(String specLines) {
        return """
                kind: Group
                name: grafana-viewers
                spec:
                """ + specLines.indent(2);
    }

    /** A group with {@code topLines} after its name (line 2) and no spec: the first added line is line 3. */
    static String withTop(String topLines) {
        return """
                kind: Group
                name: grafana-viewers
                """ + topLines + (topLines.endsWith("\n") ? "" : "\n");
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                fail("name is required", "kind: Group\nspec: {is_superuser: false}\n", 1, 1, "missing required key \"name\""),
                fail("name is not empty", "kind: Group\nname: \"\"\n", 2, 7, "name: must not be empty"),
                fail("name is a string", "kind: Group\nname: 12\n", 2, 7, "name: expected a string, got integer 12"),
                fail("name is not null", "kind: Group\nname:\n", 2, 6, "name: expected a string, got null"),
                fail("users (membership) is refused", group("users: [1, 2]"), 4, 10, "spec.users: " + USERS),
                fail("users is refused even empty", group("users: []"), 4, 10, "spec.users: " + USERS),
                fail("users by name is refused too", group("users:\n  - alice\n  - bob"), 5, 5, "spec.users: " + USERS),
                fail("users at the top level is refused with the same message", withTop("users: [alice]"), 3, 8, "users: " + USERS),
                fail("roles are refused", group("roles: [" + UUID + "]"), 4, 10, "spec.roles: " + ROLES),
                fail("roles are refused even empty", group("roles: []"), 4, 10, "spec.roles: " + ROLES),
                fail("roles at the top level are refused with the same message", withTop("roles: [grafana-editor]"), 3, 8, "roles: " + ROLES),
                fail("parents is a list", group("parents: staff"), 4, 12, "spec.parents: expected a list, got \"staff\""),
                fail("parents is not null", group("parents: null"), 4, 12, "spec.parents: expected a list, got null"),
                fail("parents has unique items", group("parents: [staff, staff]"), 4, 12, "spec.parents: lists \"staff\" more than once"),
                fail("parents items are not empty", group("parents: [staff, \"\"]"), 4, 20, "spec.parents[1]: must not be empty"),
                fail("parents items are names or uuids, not pks", group("parents: [12]"), 4, 13, "spec.parents[0]: expected a string, got integer 12"),
                fail("parents items are not null", group("parents:\n  - staff\n  -"), 6, 6, "spec.parents[1]: expected a string, got null"),
                fail("is_superuser is a boolean", group("is_superuser: \"false\""), 4, 17, "spec.is_superuser: expected a boolean, got \"false\""),
                fail("is_superuser is not null", group("is_superuser: null"), 4, 17, "spec.is_superuser: expected a boolean, got null"),
                fail("attributes is a mapping", group("attributes: [team]"), 4, 15, "spec.attributes: expected a mapping, got a list"),
                fail("attributes is not null", group("attributes: null"), 4, 15, "spec.attributes: expected a mapping, got null"),
                fail("attributes is not a string", group("attributes: \"{team: observability}\""),
                        4, 15, "spec.attributes: expected a mapping, got \"{team: observability}\""),
                fail("spec is a mapping", "kind: Group\nname: g\nspec: [is_superuser]\n", 3, 7, "spec: expected a mapping, got a list"),
                fail("spec is not null (write no spec: at all)", "kind: Group\nname: g\nspec:\n", 3, 6, "spec: expected a mapping, got null"),
                fail("unknown spec key, with a suggestion", group("parent: [staff]"), 4, 3, "unknown key \"parent\" in spec — did you mean \"parents\"?"),
                fail("unknown spec key, with a suggestion (superuser)", group("superuser: true"),
                        4, 3, "unknown key \"superuser\" in spec — did you mean \"is_superuser\"?"),
                fail("unknown spec key: children are read-only (set parents on the child)", group("children: [grafana-admins]"),
                        4, 3, "unknown key \"children\" in spec"),
                fail("unknown spec key: num_pk is read-only", group("num_pk: 3"), 4, 3, "unknown key \"num_pk\" in spec"),
                fail("unknown spec key: the name is top-level", group("name: grafana-viewers"), 4, 3, "unknown key \"name\" in spec"),
                fail("unknown top-level key: a group has no slug", withTop("slug: grafana-viewers"), 3, 1, "unknown key \"slug\""),
                fail("unknown top-level key: parents go in spec", withTop("parents: [staff]"), 3, 1, "unknown key \"parents\""),
                fail("state is present or absent", withTop("state: gone"), 3, 8, "state: \"gone\" is not one of present, absent"),
                fail("id is a uuid, not the num_pk", withTop("id: 7"), 3, 5, "id: 7 is not a uuid"),
                fail("suppress needs a reason", withTop("akconf.io/suppress: {AK001: \"\"}"), 3, 29, "a suppression needs a reason"));
    }

    static Stream<Arguments> passes() {
        return Stream.of(
                pass("no spec (a group needs only its name)", "kind: Group\nname: grafana-viewers\n"),
                pass("an empty spec", "kind: Group\nname: grafana-viewers\nspec: {}\n"),
                pass("is_superuser", group("is_superuser: true")),
                pass("parents by name", group("parents: [staff, observability]")),
                pass("parents by uuid", group("parents: [" + UUID + "]")),
                pass("no parents", group("parents: []")),
                pass("attributes of any shape", group("""
                        attributes:
                          grafana_role: Admin
                          additionalHeaders: {X-Team: observability}
                          quota: 3
                          tags: [a, b]
                          manager: null
                        """)),
                pass("empty attributes", group("attributes: {}")),
                pass("every field", group("is_superuser: false\nparents: [staff]\nattributes: {team: observability}")),
                pass("a name with spaces", "kind: Group\nname: Grafana viewers\n"),
                pass("state present", withTop("state: present")),
                pass("state absent", withTop("state: absent")),
                pass("id as uuid", withTop("id: " + UUID)),
                pass("suppress", withTop("akconf.io/suppress: {AK002: reviewed}")),
                pass("a parent declared in the same file", "kind: Group\nname: staff\n---\n" + group("parents: [staff]")));
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
    void theNameIsTheIdentityAndAGroupWithoutSpecHasAnEmptyOne() {
        LoadedConfig loaded = SchemaAssert.load("kind: Group\nname: grafana-viewers\nid: " + UUID + "\n");
        assertEquals(1, loaded.resources().size(), () -> loaded.diagnostics().sorted().toString());
        Resource r = loaded.resources().get(0);
        assertEquals("Group \"grafana-viewers\"", r.key().toString());
        assertEquals(UUID, r.id());
        assertTrue(r.spec().isEmpty(), () -> r.spec().toString());
    }

    @Test
    void usersAndRolesAreEachReported() {
        var errors = SchemaAssert.errors(group("users: [1]\nroles: []"));
        assertEquals(2, errors.size(), errors::toString);
        assertEquals("test.yaml:4:10", errors.get(0).origin().toString());
        assertTrue(errors.get(0).message().contains(USERS), errors::toString);
        assertEquals("test.yaml:5:10", errors.get(1).origin().toString());
        assertTrue(errors.get(1).message().contains(ROLES), errors::toString);
    }
}
