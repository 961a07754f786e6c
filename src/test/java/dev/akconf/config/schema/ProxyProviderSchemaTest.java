package dev.akconf.config.schema;

import static dev.akconf.config.schema.SchemaAssert.assertAccepted;
import static dev.akconf.config.schema.SchemaAssert.assertRejected;
import static dev.akconf.config.schema.SchemaAssert.fail;
import static dev.akconf.config.schema.SchemaAssert.pass;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * schemas/proxy-provider.schema.json, spec part: required fields of a create, the mode/internal_host and
 * basic-auth rules, URL and flow formats, reference lists, field types, the skip_path_regex empty-line rule
 * and unknown keys. Durations are in {@link DurationSchemaTest}; top-level keys in {@link DocumentShapeTest}.
 */
class ProxyProviderSchemaTest {

    /**
     * A valid forward_single provider (lines 1-6) followed by {@code specLines} inside spec: the first added
     * line is line 7, its key at column 3 and its value at column 5 + the key's length.
     */
    static String provider(String specLines) {
        return """
                kind: ProxyProvider
                name: p
                spec:
                  authorization_flow: default-provider-authorization-implicit-consent
                  invalidation_flow: default-provider-invalidation-flow
                  external_host: https://app.example.com
                """ + specLines.indent(2)
                // After the lines under test, so their line numbers stay; a provider without mode is
                // a proxy-mode one, which needs internal_host (see ServerChecksSchemaTest).
                + (specLines.contains("mode:") ? "" : "  mode: forward_single\n");
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                fail("authorization_flow is required", """
                        kind: ProxyProvider
                        name: p
                        spec:
                          invalidation_flow: default-provider-invalidation-flow
                          external_host: https://app.example.com
                          mode: forward_single
                        """, 3, 1, "missing required key \"authorization_flow\" in spec"),
                fail("invalidation_flow is required", """
                        kind: ProxyProvider
                        name: p
                        spec:
                          authorization_flow: default-provider-authorization-implicit-consent
                          external_host: https://app.example.com
                          mode: forward_single
                        """, 3, 1, "missing required key \"invalidation_flow\" in spec"),
                fail("external_host is required", """
                        kind: ProxyProvider
                        name: p
                        spec:
                          authorization_flow: default-provider-authorization-implicit-consent
                          invalidation_flow: default-provider-invalidation-flow
                          mode: forward_single
                        """, 3, 1, "missing required key \"external_host\" in spec"),
                fail("mode is an Authentik ProxyMode", provider("mode: proxi"),
                        7, 9, "spec.mode: \"proxi\" is not one of proxy, forward_single, forward_domain — did you mean \"proxy\"?"),
                fail("mode proxy requires internal_host", provider("mode: proxy"),
                        3, 1, "spec: internal_host is required when mode is proxy (Authentik: Internal host cannot be empty"),
                fail("mode proxy requires a non-empty internal_host", provider("""
                        mode: proxy
                        internal_host: ""
                        """), 8, 18, "spec.internal_host: must not be empty when mode is proxy"),
                fail("internal_host is an http(s) URL", provider("internal_host: grafana:3000"),
                        7, 18, "spec.internal_host: \"grafana:3000\" is not an http(s) URL"),
                fail("external_host needs a scheme", """
                        kind: ProxyProvider
                        name: p
                        spec:
                          authorization_flow: default-provider-authorization-implicit-consent
                          invalidation_flow: default-provider-invalidation-flow
                          external_host: auth.example.com
                          mode: forward_single
                        """, 6, 18, "spec.external_host: \"auth.example.com\" is not an http(s) URL"),
                fail("external_host is http or https", """
                        kind: ProxyProvider
                        name: p
                        spec:
                          authorization_flow: default-provider-authorization-implicit-consent
                          invalidation_flow: default-provider-invalidation-flow
                          external_host: ftp://files.example.com
                          mode: forward_single
                        """, 6, 18, "\"ftp://files.example.com\" is not an http(s) URL"),
                fail("external_host has no spaces", """
                        kind: ProxyProvider
                        name: p
                        spec:
                          authorization_flow: default-provider-authorization-implicit-consent
                          invalidation_flow: default-provider-invalidation-flow
                          external_host: https://app.example.com/my app
                          mode: forward_single
                        """, 6, 18, "is not an http(s) URL"),
                fail("external_host is not empty", """
                        kind: ProxyProvider
                        name: p
                        spec:
                          authorization_flow: default-provider-authorization-implicit-consent
                          invalidation_flow: default-provider-invalidation-flow
                          external_host: ""
                          mode: forward_single
                        """, 6, 18, "spec.external_host: \"\" is not an http(s) URL"),
                fail("basic_auth_enabled needs both attributes", provider("basic_auth_enabled: true"),
                        3, 1, "spec: basic_auth_user_attribute and basic_auth_password_attribute are required when basic_auth_enabled is true"
                                + " (Authentik: User and password attributes must be set when basic auth is enabled.)"),
                fail("basic_auth_enabled needs the password attribute too", provider("""
                        basic_auth_enabled: true
                        basic_auth_user_attribute: username
                        """), 3, 1, "are required when basic_auth_enabled is true"),
                fail("basic_auth_enabled needs non-empty attributes", provider("""
                        basic_auth_enabled: true
                        basic_auth_user_attribute: username
                        basic_auth_password_attribute: ""
                        """), 9, 34, "spec.basic_auth_password_attribute: must not be empty when basic_auth_enabled is true"),
                fail("authorization_flow is a slug", """
                        kind: ProxyProvider
                        name: p
                        spec:
                          authorization_flow: Authorize Application
                          invalidation_flow: default-provider-invalidation-flow
                          external_host: https://app.example.com
                          mode: forward_single
                        """, 4, 23, "spec.authorization_flow: \"Authorize Application\" is not a flow slug or uuid"),
                fail("authorization_flow is not nullable", """
                        kind: ProxyProvider
                        name: p
                        spec:
                          authorization_flow: null
                          invalidation_flow: default-provider-invalidation-flow
                          external_host: https://app.example.com
                          mode: forward_single
                        """, 4, 23, "spec.authorization_flow: null is not a flow slug or uuid"),
                fail("invalidation_flow is a slug", """
                        kind: ProxyProvider
                        name: p
                        spec:
                          authorization_flow: default-provider-authorization-implicit-consent
                          invalidation_flow: flows/logout
                          external_host: https://app.example.com
                          mode: forward_single
                        """, 5, 22, "spec.invalidation_flow: \"flows/logout\" is not a flow slug or uuid"),
                fail("authentication_flow is a slug or null", provider("authentication_flow: default authentication"),
                        7, 24, "spec.authentication_flow: \"default authentication\" is not a flow slug or uuid"),
                fail("certificate is a name, not empty", provider("certificate: \"\""),
                        7, 16, "spec.certificate: must not be empty"),
                fail("certificate is a name or null", provider("certificate: 12"),
                        7, 16, "spec.certificate: expected a string or null, got integer 12"),
                fail("property_mappings is a list", provider("property_mappings: goauthentik.io/providers/proxy/scope-proxy"),
                        7, 22, "spec.property_mappings: expected a list, got \"goauthentik.io/providers/proxy/scope-proxy\""),
                fail("property_mappings has unique items", provider("property_mappings: [groups, groups]"),
                        7, 22, "more than once"),
                fail("property_mappings items are names", provider("property_mappings: [\"\"]"),
                        7, 23, "spec.property_mappings[0]: must not be empty"),
                fail("jwt_federation_sources items are strings", provider("jwt_federation_sources: [7]"),
                        7, 28, "spec.jwt_federation_sources[0]: expected a string, got integer 7"),
                fail("jwt_federation_providers items are provider names or pks", provider("jwt_federation_providers: [0]"),
                        7, 30, "spec.jwt_federation_providers[0]: integer 0 is below the minimum 1"),
                fail("jwt_federation_providers items are not mappings", provider("jwt_federation_providers: [{name: p}]"),
                        7, 30, "spec.jwt_federation_providers[0]: expected a string or an integer, got a mapping"),
                fail("internal_host_ssl_validation is a boolean (yes is a string in YAML 1.2)",
                        provider("internal_host_ssl_validation: yes"),
                        7, 33, "spec.internal_host_ssl_validation: expected a boolean, got \"yes\""),
                fail("intercept_header_auth is a boolean", provider("intercept_header_auth: \"false\""),
                        7, 26, "spec.intercept_header_auth: expected a boolean, got \"false\""),
                fail("basic_auth_enabled is a boolean", provider("basic_auth_enabled: 1"),
                        7, 23, "spec.basic_auth_enabled: expected a boolean, got integer 1"),
                fail("cookie_domain is a string, not null", provider("cookie_domain: null"),
                        7, 18, "spec.cookie_domain: expected a string, got null"),
                fail("basic_auth_user_attribute is a string", provider("basic_auth_user_attribute: [a]"),
                        7, 30, "spec.basic_auth_user_attribute: expected a string, got a list"),
                fail("skip_path_regex is a string", provider("skip_path_regex: [\"^/health$\"]"),
                        7, 20, "spec.skip_path_regex: expected a string, got a list"),
                fail("skip_path_regex has no empty line between regexes (block scalar)", provider("""
                        skip_path_regex: |
                          ^/health$

                          ^/static/
                        """), 7, 20, "spec.skip_path_regex: has an empty line between its regexes, which the outpost compiles to a regex matching every path"),
                fail("skip_path_regex has no empty line in between", provider("""
                        skip_path_regex: "^/health$\\n\\n^/static/"
                        """), 7, 20, "has an empty line"),
                fail("unknown spec key, with a suggestion", provider("access_token_valdity: hours=24"),
                        7, 3, "unknown key \"access_token_valdity\" in spec — did you mean \"access_token_validity\"?"),
                fail("unknown spec key: the name is top-level", provider("name: p"),
                        7, 3, "unknown key \"name\" in spec"),
                fail("unknown spec key: read-only fields are not settable", provider("client_id: abc"),
                        7, 3, "unknown key \"client_id\" in spec"),
                fail("spec is a mapping", """
                        kind: ProxyProvider
                        name: p
                        spec: [mode, forward_single]
                        """, 3, 7, "spec: expected a mapping, got a list"));
    }

    static Stream<Arguments> passes() {
        return Stream.of(
                pass("forward_single with the required fields", provider("mode: forward_single")),
                pass("forward_domain with a cookie domain", provider("""
                        mode: forward_domain
                        cookie_domain: example.com
                        """)),
                pass("proxy with an internal host", provider("""
                        mode: proxy
                        internal_host: https://app.internal:8443/
                        """)),
                pass("proxy with a domain-less internal host", provider("""
                        mode: proxy
                        internal_host: http://grafana:3000
                        """)),
                pass("mode not declared (proxy): with internal_host", provider("internal_host: http://grafana:3000")),
                pass("internal_host may be empty outside mode proxy", provider("""
                        mode: forward_single
                        internal_host: ""
                        """)),
                pass("external_host with path and query", """
                        kind: ProxyProvider
                        name: p
                        spec:
                          authorization_flow: default-provider-authorization-implicit-consent
                          invalidation_flow: default-provider-invalidation-flow
                          external_host: http://app.example.com:8080/base/?x=1
                          mode: forward_single
                        """),
                pass("basic auth with both attributes", provider("""
                        basic_auth_enabled: true
                        basic_auth_user_attribute: username
                        basic_auth_password_attribute: app_password
                        """)),
                pass("basic auth off needs no attributes", provider("basic_auth_enabled: false")),
                pass("flows by uuid; authentication_flow by slug", """
                        kind: ProxyProvider
                        name: p
                        spec:
                          authorization_flow: 3f0e8c52-9d6a-4d1e-b1a7-2c4e5f6a7b8c
                          invalidation_flow: 9b1d2c3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e
                          authentication_flow: default-authentication-flow
                          external_host: https://app.example.com
                          mode: forward_single
                        """),
                pass("authentication_flow and certificate null", provider("""
                        authentication_flow: null
                        certificate: null
                        """)),
                pass("certificate by name", provider("certificate: authentik Self-signed Certificate")),
                pass("property_mappings by name and managed id", provider("""
                        property_mappings:
                          - goauthentik.io/providers/proxy/scope-proxy
                          - "authentik default OAuth Mapping: OpenID 'email'"
                          - Grafana roles
                        """)),
                pass("jwt federation lists", provider("""
                        jwt_federation_sources: [github]
                        jwt_federation_providers: [Grafana, 12]
                        """)),
                pass("booleans", provider("""
                        internal_host_ssl_validation: false
                        intercept_header_auth: true
                        """)),
                pass("skip_path_regex, one regex per line with |-", provider("""
                        skip_path_regex: |-
                          ^/health$
                          ^/static/
                        """)),
                pass("skip_path_regex empty (none)", provider("skip_path_regex: \"\"")),
                pass("skip_path_regex with |: Authentik trims the final newline", provider("""
                        skip_path_regex: |
                          ^/health$
                          ^/static/
                        """)),
                pass("every field", provider("""
                        mode: proxy
                        internal_host: http://app:8080
                        internal_host_ssl_validation: true
                        cookie_domain: ""
                        authentication_flow: null
                        property_mappings: []
                        certificate: null
                        skip_path_regex: ^/health$
                        basic_auth_enabled: false
                        basic_auth_user_attribute: ""
                        basic_auth_password_attribute: ""
                        intercept_header_auth: true
                        access_token_validity: hours=24
                        refresh_token_validity: days=30
                        jwt_federation_sources: []
                        jwt_federation_providers: []
                        """)),
                pass("state absent needs no spec", """
                        kind: ProxyProvider
                        name: p
                        state: absent
                        """),
                pass("state absent skips the create and cross-field rules", """
                        kind: ProxyProvider
                        name: p
                        state: absent
                        spec:
                          mode: proxy
                          basic_auth_enabled: true
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
}
