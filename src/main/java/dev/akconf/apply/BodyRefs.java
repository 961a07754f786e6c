package dev.akconf.apply;

import dev.akconf.config.Interpolator;
import dev.akconf.diff.PendingRef;
import dev.akconf.plan.PlanJson;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Fills the placeholders a desired body may carry: references to providers created earlier in the
 * same run, and secrets a saved plan keeps only as their {@code ${VAR}} text.
 */
final class BodyRefs {

    private BodyRefs() {
    }

    /** Thrown when a body waits for an object that was not created. */
    static final class Unresolved extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unresolved(dev.akconf.kinds.ResourceKey key) {
            super(key + " was not created", null, false, false);
        }
    }

    /** A copy of {@code body} with every pending reference replaced by the pk of the object created for it. */
    static JsonNode resolvePending(JsonNode body, Map<dev.akconf.kinds.ResourceKey, JsonNode> created) {
        if (PendingRef.is(body)) {
            JsonNode pk = created.get(PendingRef.key(body));
            if (pk == null) {
                throw new Unresolved(PendingRef.key(body));
            }
            return pk;
        }
        if (body instanceof ObjectNode o) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            o.properties().forEach(e -> out.set(e.getKey(), resolvePending(e.getValue(), created)));
            return out;
        }
        if (body instanceof ArrayNode a) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            a.forEach(item -> out.add(resolvePending(item, created)));
            return out;
        }
        return body;
    }

    /**
     * A copy of {@code body} with every secret marker replaced by its variable's value, each value
     * added to {@code resolved}; the texts of the variables that are not set go to {@code missing}
     * (their markers stay).
     */
    static JsonNode withSecrets(JsonNode body, Interpolator env, List<String> missing, java.util.Collection<String> resolved) {
        String template = marker(body);
        if (template != null) {
            String value = env.substituteOrNull(template);
            if (value == null) {
                missing.add(template);
                return body.deepCopy();
            }
            resolved.add(value);
            return StringNode.valueOf(value);
        }
        if (body instanceof ObjectNode o) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            o.properties().forEach(e -> out.set(e.getKey(), withSecrets(e.getValue(), env, missing, resolved)));
            return out;
        }
        if (body instanceof ArrayNode a) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            a.forEach(item -> out.add(withSecrets(item, env, missing, resolved)));
            return out;
        }
        return body.deepCopy();
    }

    private static String marker(JsonNode node) {
        return node.isObject() && node.size() == 1 && node.path(PlanJson.ENV_MARKER).isString()
                ? node.get(PlanJson.ENV_MARKER).asString() : null;
    }
}
