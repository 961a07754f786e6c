package dev.akconf.config.schema;

import static dev.akconf.config.schema.SchemaAssert.assertAccepted;
import static dev.akconf.config.schema.SchemaAssert.assertRejected;
import static dev.akconf.config.schema.SchemaAssert.fail;
import static dev.akconf.config.schema.SchemaAssert.pass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.config.LoadedConfig;
import dev.akconf.config.Resource;
import dev.akconf.diag.Diagnostic;
import dev.akconf.model.State;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * schemas/policy-binding.schema.json: the target (exactly an application, by slug or uuid), exactly one
 * subject (group, user or policy) with Authentik's own wording, spec required on create with order (int32),
 * timeout (>= 0) and the booleans, subject and target misplaced into spec, no name or slug, the top-level
 * keys (state, id, suppress), field types and unknown keys.
 */
class PolicyBindingSchemaTest {

    static final String UUID = "3f0e8c52-9d6a-4d1e-b1a7-2c4e5f6a7b8c";
    static final String NONE = "a policy binding needs exactly one of group, user or policy (Authentik: One of 'group', 'policy', 'user' must be set.)";
    static final String TWO = "a policy binding takes only one of group, user or policy (Authentik: Only one of 'group', 'policy', 'user' can be set.)";
    static final String NO_TARGET = "a policy binding needs a target: the application it controls access to, e.g. target: {application: grafana}";
    static final String BAD_TARGET = "target: must name the application the binding controls access to, e.g. {application: grafana} (its slug or uuid)";

    /**
     * A binding of {@code subject} (one line or more, from line 4) to application grafana, with a spec of
     * {@code specLines}. With a one-line subject the spec key is line 5 and its first field line 6.
     */
    static String binding(String subject, String specLines) {
        return """
                kind: PolicyBinding
                target:
                  application: grafana
                """ + subject + (subject.endsWith("\n") ? "" : "\n") + "spec:\n" + specLines.indent(2);
    }

    /** A valid group binding (order 10) with {@code specLines} after the order: the first added line is line 7, key at column 3. */
    static String withSpec(String specLines) {
        return binding("group: grafana-viewers", "order: 10\n" + specLines);
    }

    /** A valid group binding whose target is {@code target} (as YAML, on line 2, value at column 9). */
    static String withTarget(String target) {
        return "kind: PolicyBinding\ntarget: " + target + "\ngroup: grafana-viewers\nspec: {order: 10}\n";
    }

    /** A valid group binding with {@code topLines} after kind (line 1): the first added line is line 2. */
    static String withTop(String topLines) {
        return "kind: PolicyBinding\n" + topLines + (topLines.endsWith("\n") ? "" : "\n")
                + "target: {application: grafana}\ngroup: grafana-viewers\nspec: {order: 10}\n";
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                // Exactly one subject.
                fail("a subject is required", binding("", "order: 10"), 1, 1, NONE),
                fail("a subject is required for state absent too (it identifies the binding)",
                        "kind: PolicyBinding\ntarget: {application: grafana}\nstate: absent\n", 1, 1, NONE),
                fail("group and user: only one", binding("group: grafana-viewers\nuser: alice", "order: 10"), 5, 7, "user: " + TWO),
                fail("group and policy: only one", binding("group: grafana-viewers\npolicy: office-hours", "order: 10"), 5, 9, "policy: " + TWO),
                fail("user and policy: only one", binding("user: 7\npolicy: office-hours", "order: 10"), 5, 9, "policy: " + TWO),
                fail("only one, whatever the order in the YAML", binding("policy: office-hours\ngroup: grafana-viewers", "order: 10"),
                        4, 9, "policy: " + TWO),
                fail("only one for state absent too", "kind: PolicyBinding\ntarget: {application: grafana}\ngroup: g\nuser: 7\nstate: absent\n",
                        4, 7, "user: " + TWO),
                fail("group is not null (and is not also a second subject)", binding("group:\nuser: alice", "order: 10"),
                        4, 7, "group: expected a string, got null"),
                fail("group is not empty", binding("group: \"\"", "order: 10"), 4, 8, "group: must not be empty"),
                fail("group is a name or uuid, not a pk", binding("group: 3", "order: 10"), 4, 8, "group: expected a string, got integer 3"),
                fail("group is one group", binding("group: [a, b]", "order: 10"), 4, 8, "group: expected a string, got a list"),
                fail("user is not empty", binding("user: \"\"", "order: 10"), 4, 7, "user: must not be empty"),
                fail("user pk is positive", binding("user: 0", "order: 10"), 4, 7, "user: integer 0 is below the minimum 1"),
                fail("user is a username or an integer pk", binding("user: 1.5", "order: 10"),
                        4, 7, "user: expected a string or an integer, got number 1.5"),
                fail("user is not null", binding("user: null", "order: 10"), 4, 7, "user: expected a string or an integer, got null"),
                fail("policy is not empty", binding("policy: \"\"", "order: 10"), 4, 9, "policy: must not be empty"),
                fail("policy is a name or uuid", binding("policy: 5", "order: 10"), 4, 9, "policy: expected a string, got integer 5"),
                // The target.
                fail("target is required", "kind: PolicyBinding\ngroup: grafana-viewers\nspec: {order: 10}\n", 1, 1, NO_TARGET),
                fail("target is required for state absent too", "kind: PolicyBinding\ngroup: grafana-viewers\nstate: absent\n", 1, 1, NO_TARGET),
                fail("target is a mapping, not a slug", withTarget("grafana"), 2, 9, BAD_TARGET),
                fail("target is not null", withTarget("null"), 2, 9, BAD_TARGET),
                fail("target names the application", withTarget("{}"), 2, 1, BAD_TARGET),
                fail("target has only the application key", withTarget("{application: grafana, provider: grafana}"),
                        2, 32, "unknown key \"provider\" in target"),
                fail("target is only an application in this version", withTarget("{application: grafana, flow: default-authentication-flow}"),
                        2, 32, "unknown key \"flow\" in target"),
                fail("target application is a slug", withTarget("{application: Grafana Prod}"),
                        2, 23, "target.application: \"Grafana Prod\" is not an application slug or uuid (letters, digits, - and _)"),
                fail("target application slug has no slash", withTarget("{application: grafana/prod}"),
                        2, 23, "\"grafana/prod\" is not an application slug or uuid"),
                fail("target application slug has no trailing newline", withTarget("{application: \"grafana\\n\"}"),
                        2, 23, "is not an application slug or uuid"),
                fail("target application is not empty", withTarget("{application: \"\"}"),
                        2, 23, "target.application: \"\" is not an application slug or uuid"),
                fail("target application is a string", withTarget("{application: 5}"),
                        2, 23, "target.application: expected a string, got integer 5"),
                fail("target application is one application", withTarget("{application: [grafana, wiki]}"),
                        2, 23, "target.application: expected a string, got a list"),
                // The spec.
                fail("spec is required on create", "kind: PolicyBinding\ntarget: {application: grafana}\ngroup: g\n", 1, 1, "missing required key \"spec\""),
                fail("spec is required with state present", "kind: PolicyBinding\ntarget: {application: grafana}\ngroup: g\nstate: present\n",
                        1, 1, "missing required key \"spec\""),
                fail("spec is a mapping", binding("group: g", "- order: 10"), 6, 3, "spec: expected a mapping, got a list"),
                fail("order is required (Authentik has no default)", binding("group: g", "enabled: true"), 5, 1, "missing required key \"order\" in spec"),
                fail("order is an integer", binding("group: g", "order: \"10\""), 6, 10, "spec.order: expected an integer, got \"10\""),
                fail("order is a whole number", binding("group: g", "order: 1.5"), 6, 10, "spec.order: expected an integer, got number 1.5"),
                fail("order is not null", binding("group: g", "order: null"), 6, 10, "spec.order: expected an integer, got null"),
                fail("order fits in int32 (max)", binding("group: g", "order: 2147483648"),
                        6, 10, "spec.order: integer 2147483648 is above the maximum 2147483647"),
                fail("order fits in int32 (min)", binding("group: g", "order: -2147483649"),
                        6, 10, "spec.order: integer -2147483649 is below the minimum -2147483648"),
                fail("timeout is not negative", withSpec("timeout: -1"), 7, 12, "spec.timeout: integer -1 is below the minimum 0"),
                fail("timeout fits in int32", withSpec("timeout: 2147483648"), 7, 12, "spec.timeout: integer 2147483648 is above the maximum 2147483647"),
                fail("timeout is whole seconds", withSpec("timeout: 30s"), 7, 12, "spec.timeout: expected an integer, got \"30s\""),
                fail("timeout is not a duration", withSpec("timeout: seconds=30"), 7, 12, "spec.timeout: expected an integer, got \"seconds=30\""),
                fail("enabled is a boolean", withSpec("enabled: \"true\""), 7, 12, "spec.enabled: expected a boolean, got \"true\""),
                fail("negate is a boolean", withSpec("negate: 0"), 7, 11, "spec.negate: expected a boolean, got integer 0"),
                fail("failure_result is a boolean", withSpec("failure_result: null"), 7, 19, "spec.failure_result: expected a boolean, got null"),
                fail("the group goes at the top level, not in spec", binding("user: 7", "order: 10\ngroup: grafana-viewers"),
                        7, 10, "spec.group: goes at the top level of a policy binding, next to target"),
                fail("the target goes at the top level, not in spec", withSpec("target: {application: wiki}"),
                        7, 11, "spec.target: goes at the top level of a policy binding"),
                fail("unknown spec key, with a suggestion", withSpec("enable: false"), 7, 3, "unknown key \"enable\" in spec — did you mean \"enabled\"?"),
                fail("unknown spec key, with a suggestion (failure result)", withSpec("failure_results: true"),
                        7, 3, "unknown key \"failure_results\" in spec — did you mean \"failure_result\"?"),
                fail("unknown spec key: pk is read-only", withSpec("pk: " + UUID), 7, 3, "unknown key \"pk\" in spec"),
                // The top level.
                fail("a binding has no name", withTop("name: grafana viewers"), 2, 1, "unknown key \"name\""),
                fail("a binding has no slug", withTop("slug: grafana-viewers"), 2, 1, "unknown key \"slug\""),
                fail("unknown top-level key, with a suggestion", withTop("groups: [a]"), 2, 1, "unknown key \"groups\" — did you mean \"group\"?"),
                fail("unknown top-level key: order goes in spec", withTop("order: 10"), 2, 1, "unknown key \"order\""),
                fail("state is present or absent", withTop("state: disabled"), 2, 8, "state: \"disabled\" is not one of present, absent"),
                fail("id is a uuid", withTop("id: 12"), 2, 5, "id: 12 is not a uuid"),
                fail("suppress needs a reason", withTop("akconf.io/suppress: {AK001: \"\"}"), 2, 29, "a suppression needs a reason"));
    }

    static Stream<Arguments> passes() {
        return Stream.of(
                pass("a group by name", binding("group: grafana-viewers", "order: 10")),
                pass("a group by uuid", binding("group: " + UUID, "order: 10")),
                pass("a user by username", binding("user: alice", "order: 10")),
                pass("a user by pk", binding("user: 7", "order: 10")),
                pass("a policy by name", binding("policy: office-hours", "order: 10")),
                pass("a policy by uuid", binding("policy: " + UUID, "order: 10")),
                pass("the application by uuid", withTarget("{application: " + UUID + "}")),
                pass("the application by uuid without dashes", withTarget("{application: 3f0e8c529d6a4d1eb1a72c4e5f6a7b8c}")),
                pass("the application slug with - and _", withTarget("{application: grafana_prod-2}")),
                pass("every spec field", withSpec("enabled: false\nnegate: true\ntimeout: 0\nfailure_result: true")),
                pass("order 0", binding("group: g", "order: 0")),
                pass("negative order", binding("group: g", "order: -10")),
                pass("order at the int32 bounds", binding("group: g", "order: 2147483647") + "---\n" + binding("user: 7", "order: -2147483648")),
                pass("the largest timeout", withSpec("timeout: 2147483647")),
                pass("state present", withTop("state: present")),
                pass("id as uuid", withTop("id: " + UUID)),
                pass("suppress", withTop("akconf.io/suppress: {AK003: reviewed}")),
                pass("state absent needs no spec", "kind: PolicyBinding\ntarget: {application: grafana}\ngroup: grafana-viewers\nstate: absent\n"),
                pass("state absent needs no order", "kind: PolicyBinding\ntarget: {application: grafana}\nuser: 7\nstate: absent\nspec: {enabled: false}\n"),
                pass("two bindings of one application", binding("group: grafana-admins", "order: 0")
                        + "---\n" + binding("group: grafana-viewers", "order: 10")),
                pass("one group bound to two applications", binding("group: g", "order: 0")
                        + "---\nkind: PolicyBinding\ntarget: {application: wiki}\ngroup: g\nspec: {order: 0}\n"));
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
    void threeSubjectsReportBothExtraOnes() {
        List<Diagnostic> errors = SchemaAssert.errors(binding("group: g\nuser: 7\npolicy: p", "order: 10"));
        assertEquals(2, errors.size(), errors::toString);
        assertEquals("test.yaml:5:7", errors.get(0).origin().toString());
        assertEquals("user: " + TWO + "; bind each subject with its own PolicyBinding", errors.get(0).message());
        assertEquals("test.yaml:6:9", errors.get(1).origin().toString());
        assertTrue(errors.get(1).message().startsWith("policy: " + TWO), errors::toString);
    }

    @Test
    void aSubjectOnlyInSpecIsMisplacedAndMissing() {
        List<Diagnostic> errors = SchemaAssert.errors(binding("", "order: 10\nuser: alice"));
        assertEquals(2, errors.size(), errors::toString);
        assertEquals("test.yaml:1:1", errors.get(0).origin().toString());
        assertEquals(NONE, errors.get(0).message());
        assertEquals("test.yaml:7:9", errors.get(1).origin().toString());
        assertTrue(errors.get(1).message().startsWith("spec.user: goes at the top level of a policy binding"), errors::toString);
    }

    @Test
    void aMisspelledTargetKeyIsUnknownAndTheApplicationMissing() {
        List<Diagnostic> errors = SchemaAssert.errors(withTarget("{aplication: grafana}"));
        assertEquals(2, errors.size(), errors::toString);
        assertEquals("test.yaml:2:1", errors.get(0).origin().toString());
        assertEquals(BAD_TARGET, errors.get(0).message());
        assertEquals("test.yaml:2:10", errors.get(1).origin().toString());
        assertEquals("unknown key \"aplication\" in target — did you mean \"application\"?", errors.get(1).message());
    }

    @Test
    void theIdentityIsTheTargetAndTheSubject() {
        LoadedConfig loaded = SchemaAssert.load(binding("group: grafana-viewers", "order: 10\nenabled: true")
                + "---\n" + binding("user: 7", "order: 20") + "---\n" + binding("policy: office-hours", "order: 30")
                + "---\nkind: PolicyBinding\nid: " + UUID + "\ntarget: {application: wiki}\nuser: alice\nstate: absent\n");
        assertTrue(loaded.diagnostics().sorted().isEmpty(), () -> loaded.diagnostics().sorted().toString());
        List<String> keys = loaded.resources().stream().map(r -> r.key().toString()).toList();
        assertEquals(List.of(
                "PolicyBinding \"application:grafana group:grafana-viewers\"",
                "PolicyBinding \"application:grafana user:7\"",
                "PolicyBinding \"application:grafana policy:office-hours\"",
                "PolicyBinding \"application:wiki user:alice\""), keys);
        Resource first = loaded.resources().get(0);
        assertEquals(10, first.spec().get("order").asInt());
        assertTrue(first.spec().get("enabled").asBoolean());
        Resource absent = loaded.resources().get(3);
        assertEquals(State.ABSENT, absent.state());
        assertEquals(UUID, absent.id());
    }

    @Test
    void theSameTargetAndSubjectTwiceIsADuplicate() {
        List<Diagnostic> errors = SchemaAssert.errors(binding("group: grafana-viewers", "order: 0")
                + "---\n" + binding("group: grafana-viewers", "order: 10"));
        assertEquals(1, errors.size(), errors::toString);
        assertEquals("test.yaml:10:3", errors.get(0).origin().toString());
        assertTrue(errors.get(0).message().contains("duplicate PolicyBinding \"application:grafana group:grafana-viewers\""), errors::toString);
    }
}
