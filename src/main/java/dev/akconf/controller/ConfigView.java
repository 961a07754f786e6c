package dev.akconf.controller;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * An outpost's {@code config} read as {@code from_dict(OutpostConfig, _config)} would: a missing key
 * takes the dataclass default ({@code authentik/outposts/models.py} {@code OutpostConfig}). Values of
 * the wrong type are read leniently here; the API's {@code validate_config} rejects them anyway.
 */
record ConfigView(JsonNode config, Unknowns unknowns) {

    private JsonNode get(String key) {
        JsonNode v = config.get(key);
        return v == null || v.isNull() ? null : v;
    }

    private String text(String key, String fallback) {
        JsonNode v = get(key);
        return v != null && v.isString() ? v.stringValue() : fallback;
    }

    /**
     * A text setting whose default is {@code ""} ({@code authentik_host}, {@code authentik_host_browser})
     * or None read as {@code ""} ({@code kubernetes_ingress_class_name}, {@code kubernetes_ingress_path_type}:
     * the ingress reconciler only tests those for truth).
     */
    String text(String key) {
        return text(key, "");
    }

    String objectNamingTemplate() {
        return text("object_naming_template", "ak-outpost-%(name)s");
    }

    /** {@code kubernetes_namespace}: its default is the namespace the server runs in (unknown offline). */
    String namespace() {
        return text("kubernetes_namespace", unknowns.namespace());
    }

    /** {@code kubernetes_replicas} (default 1); a non-integer is kept as written. */
    JsonNode replicas() {
        JsonNode v = get("kubernetes_replicas");
        return v != null ? v : tools.jackson.databind.node.IntNode.valueOf(1);
    }

    /** {@code container_image} (default None: the image comes from {@code container_image_base}). */
    String containerImage() {
        return text("container_image", null);
    }

    List<String> imagePullSecrets() {
        return strings("kubernetes_image_pull_secrets");
    }

    List<String> disabledComponents() {
        return strings("kubernetes_disabled_components");
    }

    String serviceType() {
        return text("kubernetes_service_type", "ClusterIP");
    }

    /** {@code kubernetes_ingress_annotations}, {@code kubernetes_httproute_annotations} (default {}). */
    JsonNode objectOrEmpty(String key) {
        JsonNode v = get(key);
        return v != null && v.isObject() ? v : tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    }

    /** {@code kubernetes_ingress_secret_name} (default {@code authentik-outpost-tls}); "" or null counts as unset. */
    String ingressSecretName() {
        JsonNode v = config.get("kubernetes_ingress_secret_name");
        return v == null ? "authentik-outpost-tls" : v.isString() ? v.stringValue() : "";
    }

    JsonNode httpRouteParentRefs() {
        JsonNode v = get("kubernetes_httproute_parent_refs");
        return v != null && v.isArray() ? v : tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
    }

    boolean hasHttpRouteParentRefs() {
        JsonNode v = get("kubernetes_httproute_parent_refs");
        return v != null && v.isArray() && !v.isEmpty();
    }

    /** {@code str(authentik_host_insecure)}: Python's {@code True}/{@code False}. */
    String authentikHostInsecure() {
        JsonNode v = get("authentik_host_insecure");
        return v != null && v.asBoolean(false) ? "True" : "False";
    }

    /**
     * {@code kubernetes_json_patches}, or null when absent, null or empty
     * ({@code authentik/outposts/controllers/k8s/base.py get_patch}: {@code if not patches}).
     */
    JsonNode patches() {
        JsonNode v = get("kubernetes_json_patches");
        // null and {} are both "no patches": base.py get_patch tests `if not patches`
        return v == null || v.isNull() || (v.isObject() && v.isEmpty()) ? null : v;
    }

    private List<String> strings(String key) {
        List<String> out = new ArrayList<>();
        JsonNode v = get(key);
        if (v != null && v.isArray()) {
            v.forEach(e -> out.add(e.isString() ? e.stringValue() : PyValues.str(e)));
        }
        return out;
    }
}
