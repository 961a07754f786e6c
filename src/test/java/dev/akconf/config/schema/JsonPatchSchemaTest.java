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
 * Outpost spec.config.kubernetes_json_patches: the component names (fixed keys), and each RFC 6902 operation
 * (common.schema.json#/$defs/jsonPatchOperation): op and path required, op enum, JSON pointer syntax of path
 * and from, value required by add/replace/test and refused by the others, from required by move/copy and
 * refused by the others, unknown keys.
 */
class JsonPatchSchemaTest {

    /**
     * An outpost whose deployment patch is {@code operations} (a YAML list): its first line is line 9, the
     * dash at column 9 and the first key at column 11.
     */
    static String deploymentPatch(String operations) {
        return patches("deployment:\n" + operations.indent(2));
    }

    /** An outpost whose kubernetes_json_patches mapping is {@code components}: the first component key is at 8:7. */
    static String patches(String components) {
        return """
                kind: Outpost
                name: o
                spec:
                  type: proxy
                  providers: [p]
                  config:
                    kubernetes_json_patches:
                """ + components.indent(6);
    }

    static final String AT = "spec.config.kubernetes_json_patches.deployment[0]";

    static Stream<Arguments> failures() {
        return Stream.of(
                fail("op is required", deploymentPatch("""
                        - path: /spec/replicas
                          value: 3
                        """), 9, 11, "missing required key \"op\" in " + AT),
                fail("op is an RFC 6902 operation", deploymentPatch("""
                        - op: ad
                          path: /spec/replicas
                          value: 3
                        """), 9, 15, AT + ".op: \"ad\" is not one of add, remove, replace, move, copy, test — did you mean \"add\"?"),
                fail("op is lower case", deploymentPatch("""
                        - op: Replace
                          path: /spec/replicas
                          value: 3
                        """), 9, 15, "\"Replace\" is not one of add, remove, replace, move, copy, test — did you mean \"replace\"?"),
                fail("path is required", deploymentPatch("""
                        - op: remove
                        """), 9, 11, "missing required key \"path\" in " + AT),
                fail("path is a JSON pointer starting with /", deploymentPatch("""
                        - op: remove
                          path: spec/template/spec/volumes
                        """), 10, 17, AT + ".path: \"spec/template/spec/volumes\" is not a JSON pointer: it must start with /"),
                fail("path escapes ~ as ~0 or ~1 only", deploymentPatch("""
                        - op: remove
                          path: /metadata/annotations/a~2b
                        """), 10, 17, "\"/metadata/annotations/a~2b\" is not a JSON pointer"),
                fail("path is a string", deploymentPatch("""
                        - op: remove
                          path: 0
                        """), 10, 17, "0 is not a JSON pointer"),
                fail("op add needs a value", deploymentPatch("""
                        - op: add
                          path: /spec/template/spec/volumes/-
                        """), 9, 11, AT + ": op add needs a value"),
                fail("op replace needs a value", deploymentPatch("""
                        - op: replace
                          path: /spec/replicas
                        """), 9, 11, AT + ": op replace needs a value"),
                fail("op test needs a value", deploymentPatch("""
                        - op: test
                          path: /spec/replicas
                        """), 9, 11, AT + ": op test needs a value"),
                fail("op remove takes no value", deploymentPatch("""
                        - op: remove
                          path: /spec/replicas
                          value: 1
                        """), 9, 11, AT + ": op remove takes no value"),
                fail("op move takes no value", deploymentPatch("""
                        - op: move
                          from: /metadata/labels
                          path: /metadata/annotations
                          value: {}
                        """), 9, 11, AT + ": op move takes no value"),
                fail("op copy takes no value", deploymentPatch("""
                        - op: copy
                          from: /metadata/labels
                          path: /spec/template/metadata/labels
                          value: {}
                        """), 9, 11, AT + ": op copy takes no value"),
                fail("op move needs from", deploymentPatch("""
                        - op: move
                          path: /metadata/annotations
                        """), 9, 11, AT + ": op move needs from"),
                fail("op copy needs from", deploymentPatch("""
                        - op: copy
                          path: /metadata/annotations
                        """), 9, 11, AT + ": op copy needs from"),
                fail("op add takes no from", deploymentPatch("""
                        - op: add
                          path: /spec/replicas
                          value: 2
                          from: /spec/minReadySeconds
                        """), 9, 11, AT + ": op add takes no from (only move and copy do)"),
                fail("op replace takes no from", deploymentPatch("""
                        - op: replace
                          path: /spec/replicas
                          value: 2
                          from: /spec/minReadySeconds
                        """), 9, 11, AT + ": op replace takes no from"),
                fail("op test takes no from", deploymentPatch("""
                        - op: test
                          path: /spec/replicas
                          value: 2
                          from: /spec/minReadySeconds
                        """), 9, 11, AT + ": op test takes no from"),
                fail("op remove takes no from", deploymentPatch("""
                        - op: remove
                          path: /spec/replicas
                          from: /spec/minReadySeconds
                        """), 9, 11, AT + ": op remove takes no from"),
                fail("from is a JSON pointer", deploymentPatch("""
                        - op: copy
                          from: metadata.labels
                          path: /metadata/annotations
                        """), 10, 17, AT + ".from: \"metadata.labels\" is not a JSON pointer"),
                fail("unknown operation key, with a suggestion", deploymentPatch("""
                        - op: remove
                          path: /spec/replicas
                          form: /spec/x
                        """), 11, 11, "unknown key \"form\" in " + AT + " — did you mean \"from\"?"),
                fail("an operation is a mapping", deploymentPatch("""
                        - add
                        """), 9, 11, AT + ": expected a mapping, got \"add\""),
                fail("a component's patch is a list of operations", patches("""
                        deployment:
                          op: add
                          path: /spec/replicas
                          value: 2
                        """), 9, 9, "spec.config.kubernetes_json_patches.deployment: expected a list, got a mapping"),
                fail("a component's patch is not null", patches("""
                        deployment: null
                        """), 8, 19, "spec.config.kubernetes_json_patches.deployment: expected a list, got null"),
                fail("component names are fixed, with a suggestion", patches("""
                        deploymnet: []
                        """), 8, 7, "unknown key \"deploymnet\" in spec.config.kubernetes_json_patches — did you mean \"deployment\"?"),
                fail("component names are Authentik's reconciler names", patches("""
                        prometheus-servicemonitor: []
                        """), 8, 7, "unknown key \"prometheus-servicemonitor\" in spec.config.kubernetes_json_patches"
                                + " — did you mean \"prometheus servicemonitor\"?"),
                fail("component names are not Kubernetes kinds", patches("""
                        Deployment: []
                        """), 8, 7, "unknown key \"Deployment\" in spec.config.kubernetes_json_patches"));
    }

    static Stream<Arguments> passes() {
        return Stream.of(
                pass("add with a value", deploymentPatch("""
                        - op: add
                          path: /spec/template/spec/containers/0/resources
                          value: {limits: {memory: 512Mi}}
                        """)),
                pass("add with a null value", deploymentPatch("""
                        - op: add
                          path: /metadata/annotations/example.com~1owner
                          value: null
                        """)),
                pass("remove", deploymentPatch("""
                        - op: remove
                          path: /spec/template/spec/securityContext
                        """)),
                pass("replace", deploymentPatch("""
                        - op: replace
                          path: /spec/replicas
                          value: 3
                        """)),
                pass("move", deploymentPatch("""
                        - op: move
                          from: /metadata/labels/old
                          path: /metadata/labels/new
                        """)),
                pass("copy", deploymentPatch("""
                        - op: copy
                          from: /metadata/labels
                          path: /spec/template/metadata/labels
                        """)),
                pass("test with a list value", deploymentPatch("""
                        - op: test
                          path: /spec/template/spec/containers/0/args
                          value: [server]
                        """)),
                pass("path escapes ~0 and ~1, and the whole-document pointer", deploymentPatch("""
                        - op: test
                          path: /metadata/annotations/a~0b~1c
                          value: x
                        - op: test
                          path: ""
                          value: {}
                        """)),
                pass("an empty patch", patches("deployment: []")),
                pass("the /dev/shm patch of the incident", deploymentPatch("""
                        - op: add
                          path: /spec/template/spec/volumes/-
                          value:
                            name: dshm
                            emptyDir:
                              medium: Memory
                              sizeLimit: 512Mi
                        - op: add
                          path: /spec/template/spec/containers/0/volumeMounts/-
                          value:
                            name: dshm
                            mountPath: /dev/shm
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

    @ParameterizedTest(name = "component \"{0}\"")
    @ValueSource(strings = {"secret", "deployment", "service", "prometheus servicemonitor", "ingress", "traefik middleware", "httproute"})
    void acceptsEveryComponent(String component) {
        assertAccepted(patches("""
                %s:
                  - op: add
                    path: /metadata/annotations
                    value: {example.com/patched: "true"}
                """.formatted(component)));
    }
}
