package dev.akconf.config.schema;

import static dev.akconf.config.schema.SchemaAssert.assertAccepted;
import static dev.akconf.config.schema.SchemaAssert.assertRejected;
import static dev.akconf.config.schema.SchemaAssert.fail;
import static dev.akconf.config.schema.SchemaAssert.pass;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.akconf.config.LoadedConfig;
import dev.akconf.model.State;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The top level of a document, common to the three kind schemas: kind, the identity key (name or slug),
 * state, id (integer pk for providers, uuid for applications and outposts), spec required unless
 * state is absent, and no other keys.
 */
class DocumentShapeTest {

    static final String PROVIDER_SPEC = """
            spec:
              authorization_flow: default-provider-authorization-implicit-consent
              invalidation_flow: default-provider-invalidation-flow
              external_host: https://app.example.com
              mode: forward_single
            """;
    static final String UUID = "3f0e8c52-9d6a-4d1e-b1a7-2c4e5f6a7b8c";

    static Stream<Arguments> failures() {
        return Stream.of(
                fail("kind is required", "name: p\n" + PROVIDER_SPEC,
                        1, 1, "missing required key \"kind\" (one of ScopeMapping, Group, ProxyProvider, Application, Outpost, ExpressionPolicy, PolicyBinding, Settings)"),
                fail("kind is a known kind, with a suggestion", "kind: ProxyProvidr\nname: p\n" + PROVIDER_SPEC,
                        1, 7, "unknown kind \"ProxyProvidr\" — did you mean \"ProxyProvider\"? (one of ScopeMapping, Group, ProxyProvider, Application, Outpost, ExpressionPolicy, PolicyBinding, Settings)"),
                fail("kind is case-sensitive", "kind: outpost\nname: o\nspec: {type: proxy, providers: [p]}",
                        1, 7, "unknown kind \"outpost\" — did you mean \"Outpost\"?"),
                fail("a document is a mapping", "- kind: Outpost\n  name: o\n",
                        1, 1, "a document must be a mapping with a kind: key, not a list"),
                fail("ProxyProvider needs name", "kind: ProxyProvider\n" + PROVIDER_SPEC, 1, 1, "missing required key \"name\""),
                fail("Application needs slug", "kind: Application\nspec:\n  name: A\n", 1, 1, "missing required key \"slug\""),
                fail("Outpost needs name", "kind: Outpost\nspec: {type: proxy, providers: [p]}\n", 1, 1, "missing required key \"name\""),
                fail("name is not empty", "kind: ProxyProvider\nname: \"\"\n" + PROVIDER_SPEC, 2, 7, "name: must not be empty"),
                fail("name is a string", "kind: Outpost\nname: 12\nspec: {type: proxy, providers: [p]}\n",
                        2, 7, "name: expected a string, got integer 12"),
                fail("name is not null", "kind: Outpost\nname:\nspec: {type: proxy, providers: [p]}\n",
                        2, 6, "name: expected a string, got null"),
                fail("ProxyProvider needs spec", "kind: ProxyProvider\nname: p\n", 1, 1, "missing required key \"spec\""),
                fail("Application needs spec", "kind: Application\nslug: a\n", 1, 1, "missing required key \"spec\""),
                fail("Outpost needs spec", "kind: Outpost\nname: o\n", 1, 1, "missing required key \"spec\""),
                fail("state present needs spec", "kind: Outpost\nname: o\nstate: present\n", 1, 1, "missing required key \"spec\""),
                fail("spec is a mapping", "kind: Application\nslug: a\nspec: Grafana\n", 3, 7, "spec: expected a mapping, got \"Grafana\""),
                fail("state is present or absent", "kind: ProxyProvider\nname: p\nstate: deleted\n" + PROVIDER_SPEC,
                        3, 8, "state: \"deleted\" is not one of present, absent"),
                fail("state is lower case", "kind: ProxyProvider\nname: p\nstate: Absent\n" + PROVIDER_SPEC,
                        3, 8, "state: \"Absent\" is not one of present, absent — did you mean \"absent\"?"),
                fail("state is not null", "kind: Outpost\nname: o\nstate: null\nspec: {type: proxy, providers: [p]}\n",
                        3, 8, "state: null is not one of present, absent"),
                fail("ProxyProvider id is an integer pk", "kind: ProxyProvider\nname: p\nid: abc\n" + PROVIDER_SPEC,
                        3, 5, "id: must be the provider's integer pk (e.g. 12), not abc"),
                fail("ProxyProvider id is positive", "kind: ProxyProvider\nname: p\nid: 0\n" + PROVIDER_SPEC,
                        3, 5, "id: must be the provider's integer pk (e.g. 12), not 0"),
                fail("ProxyProvider id is not a uuid", "kind: ProxyProvider\nname: p\nid: " + UUID + "\n" + PROVIDER_SPEC,
                        3, 5, "id: must be the provider's integer pk"),
                fail("Application id is a uuid", "kind: Application\nslug: a\nid: 12\nspec:\n  name: A\n",
                        3, 5, "id: 12 is not a uuid"),
                fail("Outpost id is a uuid", "kind: Outpost\nname: o\nid: embedded\nspec: {type: proxy, providers: [p]}\n",
                        3, 5, "id: \"embedded\" is not a uuid"),
                fail("unknown top-level key", "kind: ProxyProvider\nname: p\nmetadata: {labels: {}}\n" + PROVIDER_SPEC,
                        3, 1, "unknown key \"metadata\""),
                fail("unknown top-level key, with a suggestion", "kind: ProxyProvider\nname: p\nstat: absent\n" + PROVIDER_SPEC,
                        3, 1, "unknown key \"stat\" — did you mean \"state\"?"),
                fail("Outpost has no slug", "kind: Outpost\nname: o\nslug: o\nspec: {type: proxy, providers: [p]}\n",
                        3, 1, "unknown key \"slug\""),
                fail("an error in a later document points into that document",
                        "kind: ProxyProvider\nname: p\n" + PROVIDER_SPEC + "---\nkind: Outpost\nname: o\nspec:\n  type: proxy\n  providers: [p]\n  typo: 1\n",
                        14, 3, "unknown key \"typo\" in spec"));
    }

    static Stream<Arguments> passes() {
        return Stream.of(
                pass("ProxyProvider", "kind: ProxyProvider\nname: p\n" + PROVIDER_SPEC),
                pass("Application", "kind: Application\nslug: a\nspec:\n  name: A\n"),
                pass("Outpost", "kind: Outpost\nname: o\nspec: {type: proxy, providers: [p]}\n"),
                pass("state present", "kind: Outpost\nname: o\nstate: present\nspec: {type: proxy, providers: [p]}\n"),
                pass("ProxyProvider absent, no spec", "kind: ProxyProvider\nname: p\nstate: absent\n"),
                pass("Application absent, no spec", "kind: Application\nslug: a\nstate: absent\n"),
                pass("Outpost absent, no spec", "kind: Outpost\nname: o\nstate: absent\n"),
                pass("ProxyProvider id as integer", "kind: ProxyProvider\nname: p\nid: 12\n" + PROVIDER_SPEC),
                pass("ProxyProvider id as string", "kind: ProxyProvider\nname: p\nid: \"12\"\n" + PROVIDER_SPEC),
                pass("Application id as uuid", "kind: Application\nslug: a\nid: " + UUID + "\nspec:\n  name: A\n"),
                pass("Outpost id as uuid without dashes", "kind: Outpost\nname: o\nid: 3f0e8c529d6a4d1eb1a72c4e5f6a7b8c\nstate: absent\n"),
                pass("several documents", "kind: ProxyProvider\nname: p\n" + PROVIDER_SPEC
                        + "---\nkind: Application\nslug: a\nspec:\n  name: A\n  provider: p\n"));
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
    void topLevelKeysBecomeTheResource() {
        LoadedConfig loaded = SchemaAssert.load("kind: ProxyProvider\nname: p\nid: 12\nstate: absent\n");
        assertEquals(1, loaded.resources().size());
        assertEquals("ProxyProvider \"p\"", loaded.resources().get(0).key().toString());
        assertEquals("12", loaded.resources().get(0).id());
        assertEquals(State.ABSENT, loaded.resources().get(0).state());
    }
}
