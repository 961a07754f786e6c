package dev.akconf.controller;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The objects Authentik 2026.2.2's Kubernetes controller generates for an outpost
 * ({@code get_reference_object} of each reconciler), serialized as base.py
 * {@code get_patched_reference_object} does before applying the patch: the Kubernetes python
 * client's {@code ApiClient().sanitize_for_serialization} (camelCase keys, {@code None} fields left
 * out, empty lists kept, keys in the model's attribute order), or {@code dataclasses.asdict} for the
 * custom resources. No {@code apiVersion}/{@code kind} on the client models: the reconcilers never
 * set them.
 */
final class ReferenceObjects {

    /** Stands for the outpost token in the generated Secret; the real one is never known to akconf. */
    static final String TOKEN_PLACEHOLDER = "token-unknown-offline";

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final OutpostInput outpost;
    private final OutpostKind kind;
    private final ConfigView config;
    private final String name;

    ReferenceObjects(OutpostInput outpost, OutpostKind kind) {
        this.outpost = outpost;
        this.kind = kind;
        this.config = new ConfigView(outpost.config(), outpost.unknowns());
        this.name = Naming.objectName(config.objectNamingTemplate(), outpost.name(), outpost.unknowns().uuidHex());
    }

    /** {@code KubernetesObjectReconciler.name}, shared by every object and the Secret reference. */
    String name() {
        return name;
    }

    /** {@code authentik/outposts/controllers/k8s/base.py get_object_meta}: the common labels (version without build hash, {@code +} as {@code -}). */
    ObjectNode labels() {
        ObjectNode l = F.objectNode();
        String slug = Naming.slugify(outpost.name());
        l.put("app.kubernetes.io/instance", slug);
        l.put("app.kubernetes.io/managed-by", "goauthentik.io");
        l.put("app.kubernetes.io/name", "authentik-" + outpost.type().toLowerCase(java.util.Locale.ROOT));
        l.put("app.kubernetes.io/version", outpost.unknowns().authentikVersion().replace("+", "-"));
        l.put("goauthentik.io/outpost-name", slug);
        l.put("goauthentik.io/outpost-type", outpost.type());
        l.put("goauthentik.io/outpost-uuid", outpost.unknowns().uuidHex());
        return l;
    }

    String namespace() {
        return config.namespace();
    }

    ConfigView config() {
        return config;
    }

    /** V1ObjectMeta attribute order: annotations, labels, name, namespace. */
    ObjectNode objectMeta() {
        ObjectNode m = F.objectNode();
        m.set("labels", labels());
        m.put("name", name);
        m.put("namespace", config.namespace());
        return m;
    }

    /** {@code deployment.py get_pod_meta}: the extra labels first, then the five selector labels. */
    private ObjectNode podMeta(Map<String, String> extra) {
        ObjectNode l = F.objectNode();
        extra.forEach(l::put);
        l.put("app.kubernetes.io/name", "authentik-outpost-" + outpost.type());
        l.put("app.kubernetes.io/managed-by", "goauthentik.io");
        l.put("goauthentik.io/outpost-uuid", outpost.unknowns().uuidHex());
        l.put("goauthentik.io/outpost-name", Naming.slugify(outpost.name()));
        l.put("goauthentik.io/outpost-type", outpost.type());
        return l;
    }

    /** {@code controllers/base.py get_container_image}: {@code container_image}, else {@code container_image_base % {...}}. */
    String image() {
        String image = config.containerImage();
        if (image != null) {
            return image;
        }
        Unknowns u = outpost.unknowns();
        return outpost.unknowns().containerImageBase().replace("%(type)s", outpost.type())
                .replace("%(version)s", u.authentikVersion()).replace("%(build_hash)s", u.buildHash());
    }

    /** {@code authentik/outposts/controllers/k8s/deployment.py get_reference_object}. */
    ObjectNode deployment() {
        String version = outpost.unknowns().fullVersion().replace("+", "-");
        ObjectNode spec = F.objectNode();
        spec.set("replicas", config.replicas());
        spec.set("selector", F.objectNode().set("matchLabels", podMeta(Map.of())));
        ObjectNode templateLabels = podMeta(orderedMap("app.kubernetes.io/version", version, "app", "authentik-outpost", "version", version));
        ObjectNode pod = F.objectNode();
        pod.set("containers", F.arrayNode().add(container()));
        ArrayNode pullSecrets = pod.putArray("imagePullSecrets");
        config.imagePullSecrets().forEach(s -> pullSecrets.add(F.objectNode().put("name", s)));
        pod.set("securityContext", F.objectNode().set("seccompProfile", F.objectNode().put("type", "RuntimeDefault")));
        ObjectNode template = F.objectNode();
        template.set("metadata", F.objectNode().set("labels", templateLabels));
        template.set("spec", pod);
        spec.set("template", template);
        ObjectNode d = F.objectNode();
        d.set("metadata", objectMeta());
        d.set("spec", spec);
        return d;
    }

    /** V1Container attribute order: env, image, name, ports, securityContext. */
    private ObjectNode container() {
        ObjectNode c = F.objectNode();
        ArrayNode env = c.putArray("env");
        env.add(secretEnv("AUTHENTIK_HOST", "authentik_host"));
        env.add(secretEnv("AUTHENTIK_HOST_BROWSER", "authentik_host_browser"));
        env.add(secretEnv("AUTHENTIK_TOKEN", "token"));
        env.add(secretEnv("AUTHENTIK_INSECURE", "authentik_host_insecure"));
        c.put("image", image());
        // container name = str(self.outpost.type)
        c.put("name", outpost.type());
        ArrayNode ports = c.putArray("ports");
        for (OutpostKind.Port p : kind.ports()) {
            ports.add(F.objectNode().put("containerPort", p.target()).put("name", p.name())
                    .put("protocol", p.protocol().toUpperCase(java.util.Locale.ROOT)));
        }
        ObjectNode sc = F.objectNode();
        sc.put("allowPrivilegeEscalation", false);
        sc.set("capabilities", F.objectNode().set("drop", F.arrayNode().add("ALL")));
        sc.put("runAsNonRoot", true);
        c.set("securityContext", sc);
        return c;
    }

    private ObjectNode secretEnv(String var, String key) {
        ObjectNode ref = F.objectNode().put("key", key).put("name", name);
        return F.objectNode().put("name", var).set("valueFrom", F.objectNode().set("secretKeyRef", ref));
    }

    /**
     * {@code authentik/outposts/controllers/k8s/service.py get_reference_object}: one port per
     * deployment port; the embedded outpost's Service selects the authentik server pods.
     */
    ObjectNode service() {
        ArrayNode ports = F.arrayNode();
        for (OutpostKind.Port p : kind.ports()) {
            // V1ServicePort attribute order: name, port, protocol, targetPort
            ports.add(F.objectNode().put("name", p.name()).put("port", p.port())
                    .put("protocol", p.protocol().toUpperCase(java.util.Locale.ROOT)).put("targetPort", p.target()));
        }
        ObjectNode selector = outpost.embedded()
                ? F.objectNode().put("app.kubernetes.io/name", "authentik").put("app.kubernetes.io/component", "server")
                : podMeta(Map.of());
        ObjectNode spec = F.objectNode();
        spec.set("ports", ports);
        spec.set("selector", selector);
        spec.put("type", config.serviceType());
        ObjectNode s = F.objectNode();
        s.set("metadata", objectMeta());
        s.set("spec", spec);
        return s;
    }

    /** {@code authentik/outposts/controllers/k8s/secret.py get_reference_object} (token: {@link #TOKEN_PLACEHOLDER}). */
    ObjectNode secret() {
        ObjectNode data = F.objectNode();
        data.put("authentik_host", b64(config.text("authentik_host")));
        data.put("authentik_host_insecure", b64(config.authentikHostInsecure()));
        data.put("token", b64(TOKEN_PLACEHOLDER));
        data.put("authentik_host_browser", b64(config.text("authentik_host_browser")));
        ObjectNode s = F.objectNode();
        s.set("data", data);
        s.set("metadata", objectMeta());
        return s;
    }

    /** {@code authentik/outposts/controllers/k8s/service_monitor.py get_reference_object}, via {@code asdict}. */
    ObjectNode serviceMonitor() {
        ObjectNode spec = F.objectNode();
        spec.set("endpoints", F.arrayNode().add(F.objectNode().put("port", "http-metrics").put("path", "/metrics")));
        spec.set("selector", F.objectNode().set("matchLabels", labels()));
        return customResource("monitoring.coreos.com/v1", "ServiceMonitor", customMeta(null), spec);
    }

    /**
     * The metadata dataclass of the custom resources, in its field order: name, namespace, the
     * annotations when the resource has them, labels.
     */
    ObjectNode customMeta(JsonNode annotations) {
        ObjectNode meta = F.objectNode();
        meta.put("name", name);
        meta.put("namespace", config.namespace());
        if (annotations != null) {
            meta.set("annotations", annotations);
        }
        meta.set("labels", labels());
        return meta;
    }

    /** A custom resource as {@code dataclasses.asdict} writes it: apiVersion, kind, metadata, spec. */
    static ObjectNode customResource(String apiVersion, String kind, ObjectNode meta, JsonNode spec) {
        ObjectNode r = F.objectNode();
        r.put("apiVersion", apiVersion);
        r.put("kind", kind);
        r.set("metadata", meta);
        r.set("spec", spec);
        return r;
    }

    /**
     * The generated object of a component, or null when akconf does not build it: the Ingress and
     * the HTTPRoute need the outpost's proxy providers ({@code providers} null: unknown).
     */
    JsonNode of(Component c, java.util.List<ProxyProviderInfo> providers) {
        return switch (c) {
            case DEPLOYMENT -> deployment();
            case SERVICE -> service();
            case SECRET -> secret();
            case SERVICE_MONITOR -> serviceMonitor();
            case TRAEFIK_MIDDLEWARE -> new ProxyObjects(this).traefikMiddleware();
            case INGRESS -> providers == null ? null : new ProxyObjects(this).ingress(providers);
            case HTTPROUTE -> providers == null ? null : new ProxyObjects(this).httpRoute(providers);
        };
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Keys and values, alternating, in their order. */
    static Map<String, String> orderedMap(String... kv) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}
