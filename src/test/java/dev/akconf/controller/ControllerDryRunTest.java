package dev.akconf.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class ControllerDryRunTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long MI = 1024L * 1024;

    /** The post-mortem's patch: the two whole-list adds of a 512Mi memory emptyDir at /dev/shm. */
    static final String WHOLE_LISTS = """
            [{"op": "add", "path": "/spec/template/spec/volumes",
              "value": [{"name": "dshm", "emptyDir": {"medium": "Memory", "sizeLimit": "512Mi"}}]},
             {"op": "add", "path": "/spec/template/spec/containers/0/volumeMounts",
              "value": [{"name": "dshm", "mountPath": "/dev/shm"}]}]""";

    static final String APPEND = """
            [{"op": "add", "path": "/spec/template/spec/volumes/-",
              "value": {"name": "dshm", "emptyDir": {"medium": "Memory", "sizeLimit": "512Mi"}}},
             {"op": "add", "path": "/spec/template/spec/containers/0/volumeMounts/-",
              "value": {"name": "dshm", "mountPath": "/dev/shm"}}]""";

    private static ObjectNode config(String component, String patch) {
        ObjectNode c = JSON.createObjectNode();
        c.putObject("kubernetes_json_patches").set(component, JSON.readTree(patch));
        return c;
    }

    private static DryRunReport standalone(ObjectNode config) {
        return ControllerDryRun.run(OutpostInput.of("Catch-all proxy outpost", "proxy", false, ServiceConnection.KUBERNETES, config));
    }

    @Test
    void wholeListAddsApplyAndMount512MiAtDevShm() {
        DryRunReport r = standalone(config("deployment", WHOLE_LISTS));
        ComponentResult.Applied applied = assertInstanceOf(ComponentResult.Applied.class, r.component("deployment").orElseThrow());
        assertEquals(applied.patched(), r.deployment().orElseThrow());
        assertFalse(applied.generated().at("/spec/template/spec").has("volumes"), "the generated Deployment is left as it was");
        ShmMount shm = ShmMount.of(applied.patched());
        assertEquals(ShmMount.Status.MEMORY_VOLUME, shm.status());
        assertEquals("proxy", shm.container());
        assertEquals("dshm", shm.volumeName());
        assertEquals(512 * MI, shm.sizeLimitBytes().orElseThrow());
        assertTrue(shm.memoryLimitBytes().isEmpty());
        assertEquals(512 * MI, shm.effectiveBytes().orElseThrow());
        assertTrue(r.ineffectiveKeys().isEmpty());
    }

    @Test
    void appendingToTheMissingVolumesListFailsAtOpZeroWithTheFix() {
        DryRunReport r = standalone(config("deployment", APPEND));
        ComponentResult.Failed f = assertInstanceOf(ComponentResult.Failed.class, r.component("deployment").orElseThrow());
        assertEquals(0, f.error().opIndex());
        assertEquals(PyError.JsonPointerException, f.error().exception());
        assertFalse(f.error().exception().caughtByController(), "JsonPointerException escapes base.py's handler");
        assertTrue(f.error().pythonMessage().startsWith("member 'volumes' not found in {'containers': [{'env': ["), f.error().pythonMessage());
        assertEquals("/spec/template/spec/volumes", f.error().at());
        assertEquals("/spec/template/spec has no member 'volumes' (it has containers, imagePullSecrets, securityContext)", f.error().message());
        assertTrue(f.fixHint().startsWith("add the whole list with path /spec/template/spec/volumes: "
                + "{\"op\": \"add\", \"path\": \"/spec/template/spec/volumes\", \"value\": [{\"name\":\"dshm\""), f.fixHint());
        assertEquals(List.of("service", "prometheus servicemonitor", "ingress", "httproute", "traefik middleware"), f.notReconciled());
        assertTrue(r.deployment().isEmpty());
    }

    @Test
    void aLaterComponentIsNotReachedAfterAFailure() {
        ObjectNode c = config("deployment", APPEND);
        ((ObjectNode) c.get("kubernetes_json_patches")).set("service",
                JSON.readTree("[{\"op\": \"replace\", \"path\": \"/spec/type\", \"value\": \"NodePort\"}]"));
        ComponentResult service = standalone(c).component("service").orElseThrow();
        assertEquals(NotActedReason.EARLIER_COMPONENT_FAILED, assertInstanceOf(ComponentResult.NotActedOn.class, service).reason());
    }

    @Test
    void theEmbeddedOutpostGetsNoDeploymentSecretOrServiceMonitor() {
        ObjectNode c = config("deployment", WHOLE_LISTS);
        ObjectNode patches = (ObjectNode) c.get("kubernetes_json_patches");
        patches.set("secret", JSON.readTree("[{\"op\": \"add\", \"path\": \"/metadata/annotations\", \"value\": {}}]"));
        patches.set("prometheus servicemonitor", JSON.readTree("[{\"op\": \"remove\", \"path\": \"/spec/endpoints/0\"}]"));
        patches.set("service", JSON.readTree("[{\"op\": \"replace\", \"path\": \"/spec/type\", \"value\": \"LoadBalancer\"}]"));
        c.put("kubernetes_replicas", 2).put("container_image", "x/proxy:1").putArray("kubernetes_image_pull_secrets").add("regcred");
        DryRunReport r = ControllerDryRun.run(OutpostInput.of("authentik Embedded Outpost", "proxy", true, ServiceConnection.KUBERNETES, c));
        for (String name : List.of("deployment", "secret", "prometheus servicemonitor")) {
            ComponentResult.NotActedOn n = assertInstanceOf(ComponentResult.NotActedOn.class, r.component(name).orElseThrow(), name);
            assertEquals(NotActedReason.EMBEDDED_OUTPOST, n.reason());
            assertTrue(n.source().startsWith("authentik/outposts/controllers/k8s/"), n.source());
        }
        assertEquals("authentik/outposts/controllers/k8s/deployment.py",
                ((ComponentResult.NotActedOn) r.component("deployment").orElseThrow()).source());
        // service.py has no noop: the embedded outpost's Service (selecting the server pods) is patched.
        ComponentResult.Applied service = assertInstanceOf(ComponentResult.Applied.class, r.component("service").orElseThrow());
        assertEquals("LoadBalancer", service.patched().at("/spec/type").asString());
        assertTrue(r.deployment().isEmpty());
        assertEquals(List.of("kubernetes_replicas", "kubernetes_image_pull_secrets", "container_image"),
                r.ineffectiveKeys().stream().map(IneffectiveKey::key).toList());
    }

    @Test
    void defaultValuesOfDeploymentKeysAreNotReportedOnTheEmbeddedOutpost() {
        ObjectNode c = JSON.createObjectNode().put("kubernetes_replicas", 1).putNull("container_image");
        c.putArray("kubernetes_image_pull_secrets");
        DryRunReport r = ControllerDryRun.run(OutpostInput.of("authentik Embedded Outpost", "proxy", true, ServiceConnection.KUBERNETES, c));
        assertTrue(r.ineffectiveKeys().isEmpty(), r.ineffectiveKeys().toString());
    }

    @Test
    void aDisabledComponentIsSkipped() {
        ObjectNode c = config("deployment", APPEND);
        c.putArray("kubernetes_disabled_components").add("deployment");
        DryRunReport r = standalone(c);
        ComponentResult.NotActedOn n = assertInstanceOf(ComponentResult.NotActedOn.class, r.component("deployment").orElseThrow());
        assertEquals(NotActedReason.COMPONENT_DISABLED, n.reason());
        assertEquals("authentik/outposts/controllers/kubernetes.py", n.source());
        assertTrue(r.deployment().isEmpty());
    }

    @Test
    void withoutAKubernetesConnectionNothingIsActedOn() {
        for (ServiceConnection kind : List.of(ServiceConnection.DOCKER, ServiceConnection.NONE)) {
            ObjectNode c = config("deployment", WHOLE_LISTS).put("kubernetes_replicas", 3);
            DryRunReport r = ControllerDryRun.run(OutpostInput.of("o", "proxy", false, kind, c));
            ComponentResult.NotActedOn n = assertInstanceOf(ComponentResult.NotActedOn.class, r.component("deployment").orElseThrow());
            assertEquals(NotActedReason.NO_KUBERNETES_CONNECTION, n.reason());
            assertTrue(r.deployment().isEmpty());
            assertEquals(List.of("kubernetes_replicas"), r.ineffectiveKeys().stream().map(IneffectiveKey::key).toList());
        }
    }

    @Test
    void anUnknownConnectionIsAssumedKubernetesAndSaysSo() {
        DryRunReport r = ControllerDryRun.run(OutpostInput.of("o", "proxy", false, ServiceConnection.UNKNOWN, config("deployment", WHOLE_LISTS)));
        assertInstanceOf(ComponentResult.Applied.class, r.component("deployment").orElseThrow());
        assertTrue(r.assumption().orElseThrow().contains("assumes a Kubernetes one"));
    }

    @Test
    void aMemoryLimitCapsTheVolume() {
        String patch = WHOLE_LISTS.substring(0, WHOLE_LISTS.lastIndexOf(']'))
                + ", {\"op\": \"add\", \"path\": \"/spec/template/spec/containers/0/resources\", \"value\": {\"limits\": {\"memory\": \"256Mi\"}}}]";
        DryRunReport r = standalone(config("deployment", patch));
        ShmMount shm = ShmMount.of(r.deployment().orElseThrow());
        assertEquals(512 * MI, shm.sizeLimitBytes().orElseThrow());
        assertEquals(256 * MI, shm.memoryLimitBytes().orElseThrow());
        assertEquals(256 * MI, shm.effectiveBytes().orElseThrow());
    }

    @Test
    void componentsTheTypeLacksAndUnknownNamesAreNamed() {
        ObjectNode c = config("ingress", "[]");
        ObjectNode patches = (ObjectNode) c.get("kubernetes_json_patches");
        patches.set("servicemonitor", JSON.readTree("[]"));
        patches.set("Deployment", JSON.readTree("[]"));
        DryRunReport r = ControllerDryRun.run(OutpostInput.of("l", "ldap", false, ServiceConnection.KUBERNETES, c));
        ComponentResult.NotActedOn ingress = (ComponentResult.NotActedOn) r.component("ingress").orElseThrow();
        assertEquals(NotActedReason.TYPE_HAS_NO_COMPONENT, ingress.reason());
        assertEquals("authentik/providers/ldap/controllers/kubernetes.py", ingress.source());
        ComponentResult.NotActedOn sm = (ComponentResult.NotActedOn) r.component("servicemonitor").orElseThrow();
        assertEquals(NotActedReason.UNKNOWN_COMPONENT, sm.reason());
        assertTrue(sm.message().endsWith("did you mean \"prometheus servicemonitor\"?"), sm.message());
        assertTrue(((ComponentResult.NotActedOn) r.component("Deployment").orElseThrow()).message().endsWith("did you mean \"deployment\"?"));
        assertEquals(List.of("ingress", "servicemonitor", "Deployment"), r.components().stream().map(ComponentResult::component).toList());
    }

    @Test
    void racHasNoServiceAndHttpRouteNeedsParentRefs() {
        DryRunReport rac = ControllerDryRun.run(OutpostInput.of("r", "rac", false, ServiceConnection.KUBERNETES, config("service", "[]")));
        assertEquals(NotActedReason.TYPE_HAS_NO_COMPONENT, ((ComponentResult.NotActedOn) rac.component("service").orElseThrow()).reason());
        DryRunReport proxy = standalone(config("httproute", "[]"));
        assertEquals(NotActedReason.NOOP_FOR_CONFIG, ((ComponentResult.NotActedOn) proxy.component("httproute").orElseThrow()).reason());
        ComponentResult ingress = standalone(config("ingress", "[]")).component("ingress").orElseThrow();
        assertInstanceOf(ComponentResult.Unchecked.class, ingress);
    }

    @Test
    void theServiceMonitorIsConditionalOnItsCrd() {
        ComponentResult.Applied sm = assertInstanceOf(ComponentResult.Applied.class,
                standalone(config("prometheus servicemonitor", "[{\"op\": \"replace\", \"path\": \"/spec/endpoints/0/path\", \"value\": \"/m\"}]"))
                        .component("prometheus servicemonitor").orElseThrow());
        assertEquals("/m", sm.patched().at("/spec/endpoints/0/path").asString());
        assertTrue(sm.condition().orElseThrow().contains("servicemonitors.monitoring.coreos.com"));
    }

    @Test
    void theTraefikMiddlewareIsBuiltAndConditional() {
        ComponentResult.Applied m = assertInstanceOf(ComponentResult.Applied.class, standalone(config("traefik middleware",
                "[{\"op\": \"add\", \"path\": \"/spec/forwardAuth/authResponseHeaders/-\", \"value\": \"X-Extra\"}]"))
                .component("traefik middleware").orElseThrow());
        assertEquals("http://ak-outpost-catch-all-proxy-outpost.authentik:9000/outpost.goauthentik.io/auth/traefik",
                m.patched().at("/spec/forwardAuth/address").asString());
        assertEquals(13, m.patched().at("/spec/forwardAuth/authResponseHeaders").size());
        assertTrue(m.condition().orElseThrow().contains("forward auth"));
    }

    @Test
    void emptyPatchesDeclareNothingButTheDeploymentIsStillBuilt() {
        ObjectNode c = JSON.createObjectNode();
        c.putObject("kubernetes_json_patches");
        DryRunReport r = standalone(c);
        assertTrue(r.components().isEmpty());
        JsonNode d = r.deployment().orElseThrow();
        assertEquals(ShmMount.Status.NO_MOUNT, ShmMount.of(d).status());
        assertTrue(ShmMount.of(d).effectiveBytes().isEmpty());
    }
}
