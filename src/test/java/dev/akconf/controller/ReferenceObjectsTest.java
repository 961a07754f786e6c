package dev.akconf.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The generated objects against goldens written by hand from Authentik 2026.2.2's controller code. */
class ReferenceObjectsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final Unknowns GOLDEN_UNKNOWNS = Unknowns.placeholders().withUuid("4f1c2d3e-5a6b-4c7d-8e9f-0a1b2c3d4e5f");

    static OutpostInput forwardAuth(String type) {
        ObjectNode config = JSON.createObjectNode().put("kubernetes_namespace", "authentik");
        return new OutpostInput("forward-auth", type, false, ServiceConnection.KUBERNETES, config, GOLDEN_UNKNOWNS);
    }

    static JsonNode resource(String name) throws Exception {
        try (var in = ReferenceObjectsTest.class.getResourceAsStream("/controller/" + name)) {
            return strip(JSON.readTree(in));
        }
    }

    private static JsonNode strip(JsonNode golden) {
        ((ObjectNode) golden).remove("_about");
        return golden;
    }

    @Test
    void proxyDeploymentEqualsTheSharedReference() throws Exception {
        Path file = Path.of("..", "shared", "reference", "authentik-2026.2.2-proxy-outpost-deployment.json");
        Assumptions.assumeTrue(Files.isRegularFile(file), "shared reference missing: " + file.toAbsolutePath());
        JsonNode golden = strip(JSON.readTree(file.toFile()));
        JsonNode generated = new ReferenceObjects(forwardAuth("proxy"), OutpostType.PROXY).deployment();
        assertEquals(golden, generated);
        assertEquals(keyOrder(golden), keyOrder(generated), "keys in sanitize_for_serialization's order");
    }

    @Test
    void racHasNoPortsAndLdapListensOnItsInnerPorts() {
        assertEquals("[]", new ReferenceObjects(forwardAuth("rac"), OutpostType.RAC).deployment()
                .at("/spec/template/spec/containers/0/ports").toString());
        JsonNode ldap = new ReferenceObjects(forwardAuth("ldap"), OutpostType.LDAP).deployment().at("/spec/template/spec/containers/0");
        assertEquals("ldap", ldap.get("name").asString());
        assertEquals("ghcr.io/goauthentik/ldap:2026.2.2", ldap.get("image").asString());
        assertEquals(3389, ldap.at("/ports/0/containerPort").asInt());
    }

    /**
     * What Authentik's controller task dies with for {@code add /spec/template/spec/volumes/-}: the
     * text was produced by python jsonpatch 1.33 / jsonpointer 3.0.0 on the Deployment built with the
     * Kubernetes python client and serialized by {@code sanitize_for_serialization}, so it checks the
     * repr, the key order and the wording at once.
     */
    @Test
    void appendToVolumesFailsWithPythonsExactText() throws Exception {
        String expected;
        try (var in = getClass().getResourceAsStream("/controller/python-append-volumes-error.txt")) {
            expected = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        }
        JsonNode patch = JSON.readTree("[{\"op\": \"add\", \"path\": \"/spec/template/spec/volumes/-\", "
                + "\"value\": {\"name\": \"dshm\", \"emptyDir\": {\"medium\": \"Memory\", \"sizeLimit\": \"512Mi\"}}}]");
        PatchOutcome o = JsonPatch.apply(new ReferenceObjects(forwardAuth("proxy"), OutpostType.PROXY).deployment(), patch);
        assertEquals(expected, ((PatchOutcome.Failed) o).error().controllerSays());
    }

    @Test
    void proxyService() throws Exception {
        JsonNode generated = new ReferenceObjects(forwardAuth("proxy"), OutpostType.PROXY).service();
        JsonNode golden = resource("proxy-service.json");
        assertEquals(golden, generated);
        assertEquals(keyOrder(golden), keyOrder(generated));
    }

    @Test
    void ldapServiceTargetsTheInnerPorts() throws Exception {
        assertEquals(resource("ldap-service.json"), new ReferenceObjects(forwardAuth("ldap"), OutpostType.LDAP).service());
    }

    @Test
    void embeddedServiceSelectsTheServerPods() {
        OutpostInput embedded = new OutpostInput("authentik Embedded Outpost", "proxy", true, ServiceConnection.KUBERNETES,
                null, GOLDEN_UNKNOWNS);
        ObjectNode service = new ReferenceObjects(embedded, OutpostType.PROXY).service();
        assertEquals("{\"app.kubernetes.io/name\":\"authentik\",\"app.kubernetes.io/component\":\"server\"}",
                service.at("/spec/selector").toString());
        assertEquals("ak-outpost-authentik-embedded-outpost", service.at("/metadata/name").asString());
    }

    @Test
    void configShapesTheDeployment() {
        ObjectNode config = JSON.createObjectNode().put("kubernetes_replicas", 3).put("container_image", "registry.local/proxy:1")
                .put("object_naming_template", "outpost-%(uuid)s");
        config.putArray("kubernetes_image_pull_secrets").add("regcred");
        OutpostInput in = new OutpostInput("X", "proxy", false, ServiceConnection.KUBERNETES, config, GOLDEN_UNKNOWNS.withNamespace("ns1"));
        ObjectNode d = new ReferenceObjects(in, OutpostType.PROXY).deployment();
        assertEquals(3, d.at("/spec/replicas").asInt());
        assertEquals("registry.local/proxy:1", d.at("/spec/template/spec/containers/0/image").asString());
        assertEquals("[{\"name\":\"regcred\"}]", d.at("/spec/template/spec/imagePullSecrets").toString());
        assertEquals("outpost-4f1c2d3e5a6b4c7d8e9f0a1b2c3d4e5f", d.at("/metadata/name").asString());
        assertEquals("ns1", d.at("/metadata/namespace").asString());
        assertEquals("outpost-4f1c2d3e5a6b4c7d8e9f0a1b2c3d4e5f", d.at("/spec/template/spec/containers/0/env/0/valueFrom/secretKeyRef/name").asString());
    }

    @Test
    void namesAreSlugifiedLikeDjango() {
        assertEquals("catch-all-proxy-outpost", Naming.slugify("Catch-all proxy outpost"));
        assertEquals("cafe-deja_vu", Naming.slugify("  Café -- déjà_vu! "));
        assertEquals("ak-outpost-cafe-deja-vu", Naming.objectName("ak-outpost-%(name)s", "  Café -- déjà_vu! ", "ab"));
        assertEquals("ak-outpost-catch-all-proxy-outpost", Naming.objectName("ak-outpost-%(name)s", "Catch-all proxy outpost", "ab"));
        assertEquals("outpost-ab", Naming.objectName("%(name)s", "!!!", "ab"));
        assertEquals(63, Naming.objectName("ak-outpost-%(name)s", "x".repeat(100), "ab").length());
    }

    /** Every object's keys in document order, depth first. */
    private static List<String> keyOrder(JsonNode n) {
        List<String> out = new ArrayList<>();
        walk(n, "", out);
        return out;
    }

    private static void walk(JsonNode n, String at, List<String> out) {
        if (n.isObject()) {
            n.properties().forEach(e -> {
                out.add(at + "/" + e.getKey());
                walk(e.getValue(), at + "/" + e.getKey(), out);
            });
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                walk(n.get(i), at + "/" + i, out);
            }
        }
    }
}
