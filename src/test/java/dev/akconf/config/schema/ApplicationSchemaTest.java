package dev.akconf.config.schema;

import static dev.akconf.config.schema.SchemaAssert.assertAccepted;
import static dev.akconf.config.schema.SchemaAssert.assertRejected;
import static dev.akconf.config.schema.SchemaAssert.fail;
import static dev.akconf.config.schema.SchemaAssert.pass;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * schemas/application.schema.json: the slug (pattern, reserved slugs), the misplaced top-level name,
 * spec.name required on create, provider references, the launch URL, the policy engine mode, field types
 * and unknown keys.
 */
class ApplicationSchemaTest {

    /** A valid application (lines 1-4) followed by {@code specLines}: the first added line is line 5. */
    static String application(String specLines) {
        return """
                kind: Application
                slug: grafana
                spec:
                  name: Grafana
                """ + specLines.indent(2);
    }

    /** An application with slug {@code slug} (as written in YAML) on line 2, value at column 7. */
    static String withSlug(String slug) {
        return """
                kind: Application
                slug: %s
                spec:
                  name: An app
                """.formatted(slug);
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                fail("slug allows letters, digits, - and _ only", withSlug("My App"),
                        2, 7, "slug: \"My App\" is not a valid slug: use only letters, digits, - and _ (Authentik: ^[-a-zA-Z0-9_]+$)"),
                fail("slug has no slash", withSlug("grafana/prod"), 2, 7, "\"grafana/prod\" is not a valid slug"),
                fail("slug has no dot", withSlug("grafana.prod"), 2, 7, "\"grafana.prod\" is not a valid slug"),
                fail("slug has no trailing newline", withSlug("\"grafana\\n\""), 2, 7, "is not a valid slug"),
                fail("slug is not empty", withSlug("\"\""), 2, 7, "slug: must not be empty"),
                fail("slug is a string", withSlug("12"), 2, 7, "slug: expected a string, got integer 12"),
                fail("name is not a top-level key of an Application", """
                        kind: Application
                        slug: grafana
                        name: Grafana
                        spec:
                          name: Grafana
                        """, 3, 7, "name: an Application is identified by slug:, and its display name goes in spec.name"),
                fail("spec.name is required", """
                        kind: Application
                        slug: grafana
                        spec:
                          provider: Grafana
                        """, 3, 1, "missing required key \"name\" in spec"),
                fail("spec.name is not empty", """
                        kind: Application
                        slug: grafana
                        spec:
                          name: ""
                        """, 4, 9, "spec.name: must not be empty"),
                fail("spec.name is a string", """
                        kind: Application
                        slug: grafana
                        spec:
                          name: [Grafana]
                        """, 4, 9, "spec.name: expected a string, got a list"),
                fail("provider is not empty", application("provider: \"\""), 5, 13, "spec.provider: must not be empty"),
                fail("provider pk is positive", application("provider: 0"), 5, 13, "spec.provider: integer 0 is below the minimum 1"),
                fail("provider is one name", application("provider: [Grafana]"),
                        5, 13, "spec.provider: expected a string or an integer or null, got a list"),
                fail("backchannel_providers is a list", application("backchannel_providers: Grafana"),
                        5, 26, "spec.backchannel_providers: expected a list, got \"Grafana\""),
                fail("backchannel_providers has unique items", application("backchannel_providers: [LDAP, LDAP]"),
                        5, 26, "more than once"),
                fail("backchannel_providers items are names or pks", application("backchannel_providers: [null]"),
                        5, 27, "spec.backchannel_providers[0]: expected a string or an integer, got null"),
                fail("meta_launch_url is a URL", application("meta_launch_url: grafana.example.com"),
                        5, 20, "spec.meta_launch_url: \"grafana.example.com\" is not an http(s) URL, \"\" or blank://blank"),
                fail("meta_launch_url blank:// is only blank://blank", application("meta_launch_url: blank://none"),
                        5, 20, "\"blank://none\" is not an http(s) URL, \"\" or blank://blank"),
                fail("policy_engine_mode is all or any", application("policy_engine_mode: al"),
                        5, 23, "spec.policy_engine_mode: \"al\" is not one of all, any — did you mean \"all\"?"),
                fail("policy_engine_mode is lower case", application("policy_engine_mode: ANY"),
                        5, 23, "\"ANY\" is not one of all, any — did you mean \"any\"?"),
                fail("open_in_new_tab is a boolean", application("open_in_new_tab: \"true\""),
                        5, 20, "spec.open_in_new_tab: expected a boolean, got \"true\""),
                fail("meta_icon is a string", application("meta_icon: null"), 5, 14, "spec.meta_icon: expected a string, got null"),
                fail("meta_description is a string", application("meta_description: 42"),
                        5, 21, "spec.meta_description: expected a string, got integer 42"),
                fail("meta_publisher is a string", application("meta_publisher: {name: me}"),
                        5, 19, "spec.meta_publisher: expected a string, got a mapping"),
                fail("group is a string", application("group: null"), 5, 10, "spec.group: expected a string, got null"),
                fail("unknown spec key, with a suggestion", application("meta_lauch_url: https://grafana.example.com"),
                        5, 3, "unknown key \"meta_lauch_url\" in spec — did you mean \"meta_launch_url\"?"),
                fail("unknown spec key: the slug is top-level", application("slug: grafana"), 5, 3, "unknown key \"slug\" in spec"));
    }

    static Stream<Arguments> passes() {
        return Stream.of(
                pass("slug with letters, digits, - and _", withSlug("Grafana_prod-2")),
                pass("slug that only contains a reserved word", withSlug("tokens")),
                pass("reserved slugs are compared exactly", withSlug("Token")),
                pass("name only", application("")),
                pass("provider by name", application("provider: Grafana")),
                pass("provider by pk", application("provider: 12")),
                pass("no provider", application("provider: null")),
                pass("backchannel providers by name and pk", application("backchannel_providers: [LDAP, 7]")),
                pass("launch URL", application("meta_launch_url: https://grafana.example.com/d/home?orgId=1")),
                pass("launch URL empty (from the provider)", application("meta_launch_url: \"\"")),
                pass("launch URL blank://blank (hidden)", application("meta_launch_url: blank://blank")),
                pass("policy_engine_mode all", application("policy_engine_mode: all")),
                pass("policy_engine_mode any", application("policy_engine_mode: any")),
                pass("every field", application("""
                        provider: Grafana
                        backchannel_providers: []
                        open_in_new_tab: true
                        meta_launch_url: https://grafana.example.com
                        meta_icon: https://grafana.example.com/public/img/grafana_icon.svg
                        meta_description: Dashboards
                        meta_publisher: Grafana Labs
                        policy_engine_mode: any
                        group: Monitoring
                        """)),
                pass("state absent needs no spec", """
                        kind: Application
                        slug: grafana
                        state: absent
                        """),
                pass("state absent needs no spec.name", """
                        kind: Application
                        slug: grafana
                        state: absent
                        spec:
                          provider: Grafana
                        """));
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

    @ParameterizedTest(name = "reserved slug {0}")
    @ValueSource(strings = {"authorize", "token", "device", "userinfo", "introspect", "revoke"})
    void rejectsReservedSlugs(String slug) {
        assertRejected(withSlug(slug), 2, 7, "slug: the slug '" + slug + "' is reserved by Authentik and cannot be used for applications");
    }
}
