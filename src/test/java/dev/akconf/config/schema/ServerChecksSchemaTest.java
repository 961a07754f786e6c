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
 * The server-side checks validate mirrors so that apply does not meet them as 400s (docs/SERVER-CHECKS.md):
 * a provider without mode is a proxy-mode one and needs internal_host
 * (ProxyProviderSerializer.validate, authentik/providers/proxy/api.py); a scope mapping's scope_name has
 * no space (no_space, authentik/providers/oauth2/api/scopes.py); an application's meta_icon is a URL or a
 * safe file name (validate_file_name, authentik/admin/files/validation.py).
 */
class ServerChecksSchemaTest {

    /** A proxy provider whose spec lines follow from line 4 (its first added key at column 3). */
    static String provider(String specLines) {
        return """
                kind: ProxyProvider
                name: p
                spec:
                """ + specLines.indent(2) + """
                  authorization_flow: default-provider-authorization-implicit-consent
                  invalidation_flow: default-provider-invalidation-flow
                  external_host: https://app.example.com
                """;
    }

    /** A scope mapping with scope_name {@code value} (as written in YAML) on line 4, value at column 15. */
    static String scopeName(String value) {
        return """
                kind: ScopeMapping
                name: m
                spec:
                  scope_name: %s
                  expression: return {}
                """.formatted(value);
    }

    /** An application with meta_icon {@code value} (as written in YAML) on line 5, value at column 14. */
    static String icon(String value) {
        return """
                kind: Application
                slug: grafana
                spec:
                  name: Grafana
                  meta_icon: %s
                """.formatted(value);
    }

    static Stream<Arguments> failures() {
        String longName = "a".repeat(256) + ".png";
        return Stream.of(
                fail("no mode is mode proxy: internal_host required", provider("cookie_domain: example.com"),
                        3, 1, "spec: internal_host is required when mode is proxy (Authentik: Internal host cannot be empty when"
                                + " forward auth is disabled.); proxy is Authentik's default when mode is not declared"),
                fail("no mode is mode proxy: internal_host not empty", provider("internal_host: \"\""),
                        4, 18, "spec.internal_host: must not be empty when mode is proxy"),
                fail("scope_name with a space", scopeName("'my scope'"),
                        4, 15, "spec.scope_name: \"my scope\" contains a space (Authentik: Value must not contain spaces.)"),
                fail("scope_name with a space inside, padded", scopeName("' a b '"), 4, 15, "contains a space"),
                fail("meta_icon with a space", icon("'my icon.png'"),
                        5, 14, "spec.meta_icon: \"my icon.png\" is neither a URL (http://, https://, fa://) nor a file name"
                                + " (Authentik: File name can only contain letters"),
                fail("meta_icon an unknown scheme", icon("ftp://icons.example.com/a.png"), 5, 14, "is neither a URL"),
                fail("meta_icon with //", icon("icons//a.png"), 5, 14, "Authentik: File name cannot contain duplicate /"),
                fail("meta_icon absolute outside /static", icon("/media/a.png"), 5, 14, "Authentik: Absolute paths are not allowed"),
                fail("meta_icon with ..", icon("icons/../a.png"), 5, 14, "Authentik: Parent directory references ('..') are not allowed"),
                fail("meta_icon hidden", icon(".a.png"), 5, 14, "Authentik: Paths cannot start with '.'"),
                fail("meta_icon component too long", icon(longName), 5, 14, "Authentik: Path component too long (max 255 characters)"),
                fail("meta_icon too long", icon("a/".repeat(520) + "a.png"), 5, 14, "Authentik: File name too long (max 1024 characters)"));
    }

    static Stream<Arguments> passes() {
        return Stream.of(
                pass("no mode with internal_host", provider("internal_host: http://grafana:3000")),
                pass("a forward mode needs no internal_host", provider("mode: forward_single")),
                pass("scope_name without spaces", scopeName("ak_proxy")),
                pass("scope_name with a tab (no_space checks the space only)", scopeName("\"a\\tb\"")),
                pass("scope_name padded (DRF trims before no_space)", scopeName("' groups '")),
                pass("meta_icon empty (blank skips validators)", icon("''")),
                pass("meta_icon an https URL", icon("https://grafana.com/static/img/fav32.png")),
                pass("meta_icon an http URL", icon("http://icons.internal/grafana.png")),
                pass("meta_icon Font Awesome", icon("fa://fa-chart-line")),
                pass("meta_icon a static path", icon("/static/dist/assets/icons/icon.png")),
                pass("meta_icon a media file", icon("application-icons/grafana.png")),
                pass("meta_icon a themed file", icon("icons/grafana-%(theme)s.svg")),
                pass("meta_icon ./ is no hidden file", icon("./icons/a.png")));
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
