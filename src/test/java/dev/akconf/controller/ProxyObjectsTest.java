package dev.akconf.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Ingress and HTTPRoute against objects built with the Kubernetes python client and dataclasses.asdict. */
class ProxyObjectsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<ProxyProviderInfo> PROVIDERS = List.of(
            new ProxyProviderInfo("https://auth.example.com", "forward_domain"),
            new ProxyProviderInfo("http://User@App.Example.com:8080/x", "proxy"));

    private static OutpostInput outpost() {
        ObjectNode config = JSON.createObjectNode().put("kubernetes_namespace", "authentik").put("kubernetes_ingress_class_name", "nginx");
        config.putObject("kubernetes_ingress_annotations").put("a", "b").put("nginx.ingress.kubernetes.io/affinity", "none");
        config.putObject("kubernetes_httproute_annotations").put("x", "y");
        config.putArray("kubernetes_httproute_parent_refs").addObject().put("name", "gw").put("namespace", "gw-ns");
        return new OutpostInput("forward-auth", "proxy", false, ServiceConnection.KUBERNETES, config, ReferenceObjectsTest.GOLDEN_UNKNOWNS);
    }

    @Test
    void ingressAndHttpRouteMatchTheClientSerialization() throws Exception {
        JsonNode golden = ReferenceObjectsTest.resource("proxy-ingress-httproute.json");
        ReferenceObjects objects = new ReferenceObjects(outpost(), OutpostType.PROXY);
        JsonNode ingress = objects.of(Component.INGRESS, PROVIDERS);
        JsonNode route = objects.of(Component.HTTPROUTE, PROVIDERS);
        assertEquals(golden.get("ingress"), ingress);
        assertEquals(golden.get("httproute"), route);
        assertEquals(golden.get("ingress").toString(), ingress.toString(), "key order");
        assertEquals(golden.get("httproute").toString(), route.toString(), "key order");
    }

    @Test
    void withProvidersTheIngressIsCheckedAndTraefikDecided() {
        ObjectNode config = JSON.createObjectNode();
        config.putObject("kubernetes_json_patches")
                .set("ingress", JSON.readTree("[{\"op\": \"replace\", \"path\": \"/spec/rules/0/host\", \"value\": \"a.example.com\"}]"));
        ((ObjectNode) config.get("kubernetes_json_patches")).set("traefik middleware", JSON.readTree("[]"));
        OutpostInput in = OutpostInput.of("p", "proxy", false, ServiceConnection.KUBERNETES, config);
        DryRunReport withForward = ControllerDryRun.run(in, PROVIDERS);
        assertEquals("a.example.com", assertInstanceOf(ComponentResult.Applied.class,
                withForward.component("ingress").orElseThrow()).patched().at("/spec/rules/0/host").asString());
        assertInstanceOf(ComponentResult.Applied.class, withForward.component("traefik middleware").orElseThrow());
        DryRunReport proxyOnly = ControllerDryRun.run(in, List.of(new ProxyProviderInfo("https://app.example.com", "proxy")));
        assertEquals(NotActedReason.NOOP_FOR_CONFIG, assertInstanceOf(ComponentResult.NotActedOn.class,
                proxyOnly.component("traefik middleware").orElseThrow()).reason());
        DryRunReport none = ControllerDryRun.run(in, List.of());
        ComponentResult.Failed f = assertInstanceOf(ComponentResult.Failed.class, none.component("ingress").orElseThrow());
        assertEquals(PyError.JsonPointerException, f.error().exception());
        assertTrue(f.error().message().contains("/spec/rules has 0 elements"), f.error().message());
    }
}
