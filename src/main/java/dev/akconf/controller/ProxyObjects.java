package dev.akconf.controller;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The proxy outposts' extra objects ({@code authentik/providers/proxy/controllers/kubernetes.py}):
 * Ingress (Kubernetes client model, {@code sanitize_for_serialization}), HTTPRoute and Traefik
 * Middleware (dataclasses, {@code asdict}: None fields kept).
 */
final class ProxyObjects {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final ReferenceObjects base;
    private final ConfigView config;

    ProxyObjects(ReferenceObjects base) {
        this.base = base;
        this.config = base.config();
    }

    /**
     * {@code authentik/providers/proxy/controllers/k8s/ingress.py get_reference_object}: one rule per
     * provider (forward auth: only /outpost.goauthentik.io), TLS for https hosts while
     * {@code kubernetes_ingress_secret_name} is set.
     */
    ObjectNode ingress(List<ProxyProviderInfo> providers) {
        ObjectNode annotations = F.objectNode();
        // get_ingress_annotations: fixed ones first, then kubernetes_ingress_annotations (dict.update)
        ReferenceObjects.orderedMap("nginx.ingress.kubernetes.io/affinity", "cookie", "traefik.ingress.kubernetes.io/affinity", "true",
                "nginx.ingress.kubernetes.io/proxy-buffers-number", "4", "nginx.ingress.kubernetes.io/proxy-buffer-size", "16k",
                "nginx.ingress.kubernetes.io/proxy-busy-buffers-size", "32k", "traefik.ingress.kubernetes.io/router.tls", "true")
                .forEach(annotations::put);
        config.objectOrEmpty("kubernetes_ingress_annotations").properties().forEach(e -> annotations.set(e.getKey(), e.getValue()));
        String configuredPathType = config.text("kubernetes_ingress_path_type");
        String pathType = configuredPathType.isEmpty() ? "Prefix" : configuredPathType;
        ArrayNode rules = F.arrayNode();
        ArrayNode tlsHosts = F.arrayNode();
        for (ProxyProviderInfo p : providers) {
            String host = p.hostname();
            if (p.scheme().equals("https") && !config.ingressSecretName().isEmpty()) {
                tlsHosts.add(host == null ? F.nullNode() : F.stringNode(host));
            }
            ObjectNode service = F.objectNode().put("name", base.name());
            service.set("port", F.objectNode().put("name", "http"));
            ObjectNode path = F.objectNode();
            path.set("backend", F.objectNode().set("service", service));
            path.put("path", p.forwardAuth() ? "/outpost.goauthentik.io" : "/");
            path.put("pathType", pathType);
            ObjectNode rule = F.objectNode();
            if (host != null) {
                rule.put("host", host);
            }
            rule.set("http", F.objectNode().set("paths", F.arrayNode().add(path)));
            rules.add(rule);
        }
        ObjectNode spec = F.objectNode();
        String className = config.text("kubernetes_ingress_class_name");
        if (!className.isEmpty()) {
            spec.put("ingressClassName", className);
        }
        spec.set("rules", rules);
        if (!tlsHosts.isEmpty()) {
            ObjectNode tls = F.objectNode();
            tls.set("hosts", tlsHosts);
            tls.put("secretName", config.ingressSecretName());
            spec.set("tls", F.arrayNode().add(tls));
        }
        ObjectNode meta = F.objectNode();
        meta.set("annotations", annotations);
        base.objectMeta().properties().forEach(e -> meta.set(e.getKey(), e.getValue()));
        ObjectNode ingress = F.objectNode();
        ingress.set("metadata", meta);
        ingress.set("spec", spec);
        return ingress;
    }

    /** {@code authentik/providers/proxy/controllers/k8s/httproute.py get_reference_object}, via {@code asdict}. */
    ObjectNode httpRoute(List<ProxyProviderInfo> providers) {
        ArrayNode hostnames = F.arrayNode();
        ArrayNode rules = F.arrayNode();
        for (ProxyProviderInfo p : providers) {
            String host = p.hostname();
            ObjectNode header = F.objectNode().put("name", "Host");
            header.set("value", host == null ? F.nullNode() : F.stringNode(host));
            header.put("type", "Exact");
            ObjectNode match = F.objectNode();
            // HTTPRouteSpecRuleMatch fields: path, headers
            match.set("path", F.objectNode().put("type", "PathPrefix").put("value", p.forwardAuth() ? "/outpost.goauthentik.io" : "/"));
            match.set("headers", F.arrayNode().add(header));
            ObjectNode rule = F.objectNode();
            rule.set("backendRefs", F.arrayNode().add(F.objectNode().put("name", base.name()).put("port", 9000)));
            rule.set("matches", F.arrayNode().add(match));
            rules.add(rule);
            hostnames.add(host == null ? F.nullNode() : F.stringNode(host));
        }
        ArrayNode parentRefs = F.arrayNode();
        for (JsonNode ref : config.httpRouteParentRefs()) {
            // from_dict(RouteSpecParentRefs, spec) then asdict: every field, defaults filled, None kept
            ObjectNode r = F.objectNode();
            r.set("name", ref.path("name").isMissingNode() ? F.nullNode() : ref.get("name"));
            for (Map.Entry<String, JsonNode> d : Map.<String, JsonNode>of("sectionName", F.nullNode(), "port", F.nullNode(), "namespace", F.nullNode(),
                    "kind", F.stringNode("Gateway"), "group", F.stringNode("gateway.networking.k8s.io")).entrySet()) {
                r.set(d.getKey(), ref.has(d.getKey()) ? ref.get(d.getKey()) : d.getValue());
            }
            parentRefs.add(order(r, "name", "sectionName", "port", "namespace", "kind", "group"));
        }
        ObjectNode spec = F.objectNode();
        spec.set("parentRefs", parentRefs);
        spec.set("hostnames", hostnames);
        spec.set("rules", rules);
        return ReferenceObjects.customResource("gateway.networking.k8s.io/v1", "HTTPRoute",
                base.customMeta(config.objectOrEmpty("kubernetes_httproute_annotations").deepCopy()), spec);
    }

    private static ObjectNode order(ObjectNode in, String... keys) {
        ObjectNode out = F.objectNode();
        for (String k : keys) {
            out.set(k, in.get(k));
        }
        return out;
    }

    /**
     * {@code authentik/providers/proxy/controllers/k8s/traefik_3.py get_reference_object}, via
     * {@code asdict}; with Traefik 2's CRD only ({@code authentik/providers/proxy/controllers/k8s/traefik_2.py}) the apiVersion is
     * {@code traefik.containo.us/v1alpha1}, the rest is the same.
     */
    ObjectNode traefikMiddleware() {
        ObjectNode forwardAuth = F.objectNode();
        forwardAuth.put("address", "http://" + base.name() + "." + base.namespace() + ":9000/outpost.goauthentik.io/auth/traefik");
        forwardAuth.put("authResponseHeadersRegex", "");
        ArrayNode headers = forwardAuth.putArray("authResponseHeaders");
        for (String h : new String[] {"username", "groups", "entitlements", "email", "name", "uid", "jwt", "meta-jwks",
                "meta-outpost", "meta-provider", "meta-app", "meta-version"}) {
            headers.add("X-authentik-" + h);
        }
        forwardAuth.put("trustForwardHeader", true);
        forwardAuth.put("maxResponseBodySize", 1024 * 1024 * 4);
        return ReferenceObjects.customResource("traefik.io/v1alpha1", "Middleware", base.customMeta(null),
                F.objectNode().set("forwardAuth", forwardAuth));
    }
}
