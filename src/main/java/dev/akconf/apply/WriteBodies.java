package dev.akconf.apply;

import dev.akconf.kinds.Kind;
import dev.akconf.plan.FieldChange;
import dev.akconf.plan.ResourceChange;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The request bodies apply sends: only what changed, plus what Authentik's validation needs in the
 * same body, and outpost config merged so that undeclared keys survive the wholesale replace.
 */
final class WriteBodies {

    private WriteBodies() {
    }

    /** The fields a PATCH sends: the top-level fields of the plan's changes. */
    static Set<String> changedFields(ResourceChange c) {
        Set<String> fields = new LinkedHashSet<>();
        for (FieldChange f : c.changes()) {
            fields.add(f.path().substring(1).split("/", 2)[0]);
        }
        return fields;
    }

    /**
     * The PATCH body for an update.
     *
     * @param desired the resolved desired body
     * @param live    the object as read just before writing
     */
    static ObjectNode patch(ResourceChange c, ObjectNode desired, ObjectNode live) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        for (String field : changedFields(c)) {
            if (c.kind() == Kind.OUTPOST && field.equals("config")) {
                body.set("config", mergeConfig(live.get("config"), desired.get("config")));
            } else {
                body.set(field, desired.get(field));
            }
        }
        if (c.kind() == Kind.PROXY_PROVIDER) {
            proxyCompanions(body, desired, live);
        }
        if (c.kind() == Kind.POLICY_BINDING) {
            // PolicyBindingSerializer.validate reads attrs["target"] and counts the subjects among the
            // sent fields only, so a partial update must carry the target and its one subject, or it
            // fails (500 without target, 400 "One of 'group', 'policy', 'user' must be set." without
            // a subject); authentik/policies/api/bindings.py.
            body.set("target", desired.get("target"));
            for (String subject : dev.akconf.kinds.Identities.BINDING_SUBJECTS) {
                if (desired.hasNonNull(subject)) {
                    body.set(subject, desired.get(subject));
                }
            }
        }
        return body;
    }

    /**
     * Authentik validates a proxy provider PATCH as if an absent {@code mode} were {@code proxy}
     * (ProxyProviderSerializer.validate reads attrs.get("mode", "proxy") and, on a partial update,
     * attrs holds only the sent fields), so a PATCH of a forward-auth provider without {@code mode}
     * fails with "Internal host cannot be empty". And basic auth's attribute check reads the request
     * body only. So: always send mode, internal_host when mode is proxy, and both attributes when
     * enabling basic auth. See authentik/providers/proxy/api.py.
     */
    private static void proxyCompanions(ObjectNode body, ObjectNode desired, ObjectNode live) {
        body.set("mode", pick("mode", desired, live));
        if ("proxy".equals(body.path("mode").asString(null))) {
            body.set("internal_host", pick("internal_host", desired, live));
        }
        if (body.path("basic_auth_enabled").asBoolean(false)) {
            body.set("basic_auth_user_attribute", pick("basic_auth_user_attribute", desired, live));
            body.set("basic_auth_password_attribute", pick("basic_auth_password_attribute", desired, live));
        }
    }

    private static JsonNode pick(String field, ObjectNode desired, ObjectNode live) {
        JsonNode v = desired.get(field);
        if (v == null) {
            v = live.get(field);
        }
        return v == null ? JsonNodeFactory.instance.nullNode() : v;
    }

    /**
     * The live config with the declared keys laid over it. Authentik replaces the whole dict on every
     * write, so keys the configuration does not declare must be sent back as they are. A declared
     * {@code kubernetes_json_patches} is one value and replaces the live one whole ({@code {}} and
     * {@code null} included), as plan compares it.
     */
    static ObjectNode mergeConfig(JsonNode base, JsonNode declared) {
        ObjectNode merged = base instanceof ObjectNode o ? o.deepCopy() : JsonNodeFactory.instance.objectNode();
        if (declared == null || !declared.isObject()) {
            return merged;
        }
        for (Map.Entry<String, JsonNode> e : declared.properties()) {
            merged.set(e.getKey(), e.getValue());
        }
        return merged;
    }
}
