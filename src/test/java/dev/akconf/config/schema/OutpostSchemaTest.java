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
 * schemas/outpost.schema.json: type and providers required on create, the type enum, the non-empty provider
 * list (except for the embedded outpost), service_connection, and spec.config: every OutpostConfig key of
 * Authentik 2026.2.2 with its type and nullability, its enums, the HTTPRoute parent refs, and unknown keys.
 * JSON patches are in {@link JsonPatchSchemaTest}, refresh_interval in {@link DurationSchemaTest}.
 */
class OutpostSchemaTest {

    /** A valid proxy outpost whose spec.config holds {@code configLines}: the first is line 7, key at column 5. */
    static String config(String configLines) {
        return """
                kind: Outpost
                name: o
                spec:
                  type: proxy
                  providers: [p]
                  config:
                """ + configLines.indent(4);
    }

    /** A proxy outpost with {@code specLines} (type/providers as needed) after line 3. */
    static String outpost(String name, String specLines) {
        return """
                kind: Outpost
                name: %s
                spec:
                """.formatted(name) + specLines.indent(2);
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                fail("type is required", outpost("o", "providers: [p]"), 3, 1, "missing required key \"type\" in spec"),
                fail("providers is required", outpost("o", "type: proxy"), 3, 1, "missing required key \"providers\" in spec"),
                fail("type is an OutpostTypeEnum", outpost("o", "type: Proxy\nproviders: [p]"),
                        4, 9, "spec.type: \"Proxy\" is not one of proxy, ldap, radius, rac — did you mean \"proxy\"?"),
                fail("providers is not empty (except for the embedded outpost)", outpost("o", "type: proxy\nproviders: []"),
                        5, 14, "spec.providers: must list at least one provider (Authentik: This list may not be empty.)"),
                fail("providers is not empty: the embedded outpost's name is exact", outpost("authentik embedded outpost", "type: proxy\nproviders: []"),
                        5, 14, "must list at least one provider"),
                fail("providers is a list", outpost("o", "type: proxy\nproviders: p"), 5, 14, "spec.providers: expected a list, got \"p\""),
                fail("providers has unique items", outpost("o", "type: proxy\nproviders: [p, p]"), 5, 14, "more than once"),
                fail("providers items are not empty", outpost("o", "type: proxy\nproviders: [\"\"]"),
                        5, 15, "spec.providers[0]: must not be empty"),
                fail("providers items are names or pks", outpost("o", "type: proxy\nproviders: [1.5]"),
                        5, 15, "spec.providers[0]: expected a string or an integer, got number 1.5"),
                fail("service_connection is not empty", outpost("o", "type: proxy\nproviders: [p]\nservice_connection: \"\""),
                        6, 23, "spec.service_connection: must not be empty"),
                fail("service_connection is a name, uuid or null", outpost("o", "type: proxy\nproviders: [p]\nservice_connection: 5"),
                        6, 23, "spec.service_connection: expected a string or null, got integer 5"),
                fail("config is a mapping", outpost("o", "type: proxy\nproviders: [p]\nconfig: [log_level]"),
                        6, 11, "spec.config: expected a mapping, got a list"),
                fail("config is not null", outpost("o", "type: proxy\nproviders: [p]\nconfig: null"),
                        6, 11, "spec.config: expected a mapping, got null"),
                fail("unknown config key, with a suggestion", config("kubernetes_replica: 2"),
                        7, 5, "unknown key \"kubernetes_replica\" in spec.config — did you mean \"kubernetes_replicas\"?"),
                fail("unknown config key: kubernetes_disable_x509_strict is not in 2026.2.2", config("kubernetes_disable_x509_strict: true"),
                        7, 5, "unknown key \"kubernetes_disable_x509_strict\" in spec.config"),
                fail("unknown config key: session_backend was never merged", config("session_backend: postgres"),
                        7, 5, "unknown key \"session_backend\" in spec.config"),
                fail("unknown config key: a camelCase spelling", config("logLevel: debug"),
                        7, 5, "unknown key \"logLevel\" in spec.config — did you mean \"log_level\"?"),
                fail("parent ref needs a name", config("kubernetes_httproute_parent_refs: [{namespace: gateways}]"),
                        7, 40, "missing required key \"name\" in spec.config.kubernetes_httproute_parent_refs[0]"),
                fail("parent ref keys are Gateway API parentRef fields", config("kubernetes_httproute_parent_refs: [{name: gw, sectionname: https}]"),
                        7, 51, "unknown key \"sectionname\" in spec.config.kubernetes_httproute_parent_refs[0] — did you mean \"sectionName\"?"),
                fail("parent ref port cannot be expressed in 2026.2.2", config("kubernetes_httproute_parent_refs: [{name: gw, port: \"443\"}]"),
                        7, 57, "kubernetes_httproute_parent_refs[0].port: port cannot be set in Authentik 2026.2.2"),
                fail("parent ref values are strings", config("kubernetes_httproute_parent_refs: [{name: gw, namespace: 1}]"),
                        7, 62, "kubernetes_httproute_parent_refs[0].namespace: expected a string, got integer 1"),
                fail("disabled components are component names", config("kubernetes_disabled_components: [deploymnet]"),
                        7, 38, "spec.config.kubernetes_disabled_components[0]: \"deploymnet\" is not one of secret, deployment, service,"
                                + " prometheus servicemonitor, ingress, traefik middleware, httproute — did you mean \"deployment\"?"),
                fail("disabled components are unique", config("kubernetes_disabled_components: [ingress, ingress]"), 7, 37, "more than once"),
                fail("string map values are strings", config("docker_labels: {traefik.enable: true}"),
                        7, 37, "spec.config.docker_labels.\"traefik.enable\": expected a string, got boolean true"),
                fail("annotation values are strings", config("""
                        kubernetes_ingress_annotations:
                          nginx.ingress.kubernetes.io/proxy-buffer-size: 16
                        """), 8, 54, "spec.config.kubernetes_ingress_annotations.\"nginx.ingress.kubernetes.io/proxy-buffer-size\": expected a string, got integer 16"),
                fail("kubernetes_replicas is not negative", config("kubernetes_replicas: -1"),
                        7, 26, "spec.config.kubernetes_replicas: integer -1 is below the minimum 0"));
    }

    /** Each OutpostConfig key with a value of the wrong type (as YAML) and the message; the value is on line 7. */
    static Stream<Arguments> wrongTypes() {
        return Stream.of(
                Arguments.of("authentik_host", "null", "expected a string, got null"),
                Arguments.of("authentik_host_insecure", "\"false\"", "expected a boolean, got \"false\""),
                Arguments.of("authentik_host_browser", "1", "expected a string, got integer 1"),
                Arguments.of("log_level", "warn", "\"warn\" is not one of trace, debug, info, warning, error"),
                Arguments.of("log_level", "null", "null is not one of trace, debug, info, warning, error"),
                Arguments.of("object_naming_template", "null", "expected a string, got null"),
                Arguments.of("container_image", "1", "expected a string or null, got integer 1"),
                Arguments.of("docker_network", "[bridge]", "expected a string or null, got a list"),
                Arguments.of("docker_map_ports", "null", "expected a boolean, got null"),
                Arguments.of("docker_labels", "a=b", "expected a mapping or null, got \"a=b\""),
                Arguments.of("kubernetes_replicas", "\"2\"", "expected an integer, got \"2\""),
                Arguments.of("kubernetes_replicas", "1.5", "expected an integer, got number 1.5"),
                Arguments.of("kubernetes_replicas", "true", "expected an integer, got boolean true"),
                Arguments.of("kubernetes_replicas", "null", "expected an integer, got null"),
                Arguments.of("kubernetes_namespace", "null", "expected a string, got null"),
                Arguments.of("kubernetes_ingress_annotations", "null", "expected a mapping, got null"),
                Arguments.of("kubernetes_ingress_secret_name", "null", "expected a string, got null"),
                Arguments.of("kubernetes_ingress_class_name", "[nginx]", "expected a string or null, got a list"),
                Arguments.of("kubernetes_ingress_path_type", "prefix",
                        "\"prefix\" is not one of Exact, Prefix, ImplementationSpecific, null — did you mean \"Prefix\"?"),
                Arguments.of("kubernetes_httproute_annotations", "[]", "expected a mapping, got a list"),
                Arguments.of("kubernetes_httproute_parent_refs", "null", "expected a list, got null"),
                Arguments.of("kubernetes_httproute_parent_refs", "{name: gw}", "expected a list, got a mapping"),
                Arguments.of("kubernetes_service_type", "clusterip",
                        "\"clusterip\" is not one of ClusterIP, NodePort, LoadBalancer — did you mean \"ClusterIP\"?"),
                Arguments.of("kubernetes_service_type", "ExternalName", "\"ExternalName\" is not one of ClusterIP, NodePort, LoadBalancer"),
                Arguments.of("kubernetes_disabled_components", "deployment", "expected a list, got \"deployment\""),
                Arguments.of("kubernetes_disabled_components", "null", "expected a list, got null"),
                Arguments.of("kubernetes_image_pull_secrets", "regcred", "expected a list, got \"regcred\""),
                Arguments.of("kubernetes_json_patches", "[]", "expected a mapping or null, got a list"));
    }

    /** Each OutpostConfig key with values of its type, including null where Authentik allows it. */
    static Stream<Arguments> rightTypes() {
        return Stream.of(
                Arguments.of("authentik_host", "https://auth.example.com"),
                Arguments.of("authentik_host", "\"\""),
                Arguments.of("authentik_host_insecure", "true"),
                Arguments.of("authentik_host_browser", "https://login.example.com"),
                Arguments.of("log_level", "trace"),
                Arguments.of("log_level", "warning"),
                Arguments.of("object_naming_template", "ak-%(name)s-%(uuid)s"),
                Arguments.of("container_image", "ghcr.io/goauthentik/proxy:2026.2.2"),
                Arguments.of("container_image", "null"),
                Arguments.of("docker_network", "traefik"),
                Arguments.of("docker_network", "null"),
                Arguments.of("docker_map_ports", "false"),
                Arguments.of("docker_labels", "{traefik.enable: \"true\"}"),
                Arguments.of("docker_labels", "null"),
                Arguments.of("kubernetes_replicas", "2"),
                Arguments.of("kubernetes_replicas", "0"),
                Arguments.of("kubernetes_namespace", "authentik"),
                Arguments.of("kubernetes_ingress_annotations", "{}"),
                Arguments.of("kubernetes_ingress_annotations", "{cert-manager.io/cluster-issuer: letsencrypt}"),
                Arguments.of("kubernetes_ingress_secret_name", "\"\""),
                Arguments.of("kubernetes_ingress_class_name", "nginx"),
                Arguments.of("kubernetes_ingress_class_name", "null"),
                Arguments.of("kubernetes_ingress_path_type", "ImplementationSpecific"),
                Arguments.of("kubernetes_ingress_path_type", "null"),
                Arguments.of("kubernetes_httproute_annotations", "{a: b}"),
                Arguments.of("kubernetes_httproute_parent_refs", "[]"),
                Arguments.of("kubernetes_httproute_parent_refs",
                        "[{name: gw, namespace: gateways, sectionName: https, kind: Gateway, group: gateway.networking.k8s.io}]"),
                Arguments.of("kubernetes_service_type", "LoadBalancer"),
                Arguments.of("kubernetes_service_type", "NodePort"),
                Arguments.of("kubernetes_disabled_components", "[]"),
                Arguments.of("kubernetes_disabled_components",
                        "[secret, deployment, service, prometheus servicemonitor, ingress, traefik middleware, httproute]"),
                Arguments.of("kubernetes_image_pull_secrets", "[regcred]"),
                Arguments.of("kubernetes_json_patches", "null"),
                Arguments.of("kubernetes_json_patches", "{}"));
    }

    static Stream<Arguments> passes() {
        return Stream.of(
                pass("the embedded outpost may have no providers", outpost("authentik Embedded Outpost", "type: proxy\nproviders: []")),
                pass("providers by name and pk", outpost("o", "type: proxy\nproviders: [Grafana, 12]")),
                pass("service_connection by name", outpost("o", "type: proxy\nproviders: [p]\nservice_connection: Local Kubernetes Cluster")),
                pass("service_connection null (deployed by hand)", outpost("o", "type: proxy\nproviders: [p]\nservice_connection: null")),
                pass("type ldap", outpost("o", "type: ldap\nproviders: [LDAP]")),
                pass("type radius", outpost("o", "type: radius\nproviders: [RADIUS]")),
                pass("type rac", outpost("o", "type: rac\nproviders: [RAC]")),
                pass("config empty", outpost("o", "type: proxy\nproviders: [p]\nconfig: {}")),
                pass("state absent needs no spec", """
                        kind: Outpost
                        name: o
                        state: absent
                        """),
                pass("state absent skips the create rules", """
                        kind: Outpost
                        name: o
                        state: absent
                        spec:
                          providers: []
                        """),
                pass("every config key (a default_settings dump)", config("""
                        authentik_host: https://auth.example.com
                        authentik_host_insecure: false
                        authentik_host_browser: ""
                        log_level: info
                        object_naming_template: ak-outpost-%(name)s
                        refresh_interval: minutes=5
                        container_image: null
                        docker_network: null
                        docker_map_ports: true
                        docker_labels: null
                        kubernetes_replicas: 1
                        kubernetes_namespace: authentik
                        kubernetes_ingress_annotations: {}
                        kubernetes_ingress_secret_name: authentik-outpost-tls
                        kubernetes_ingress_class_name: null
                        kubernetes_ingress_path_type: null
                        kubernetes_httproute_annotations: {}
                        kubernetes_httproute_parent_refs: []
                        kubernetes_service_type: ClusterIP
                        kubernetes_disabled_components: []
                        kubernetes_image_pull_secrets: []
                        kubernetes_json_patches: null
                        """)));
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

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("wrongTypes")
    void rejectsConfigValueOfWrongType(String key, String value, String message) {
        assertRejected(config(key + ": " + value), 7, 5 + key.length() + 2, "spec.config." + key + ": " + message);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("rightTypes")
    void acceptsConfigValueOfRightType(String key, String value) {
        assertAccepted(config(key + ": " + value));
    }
}
