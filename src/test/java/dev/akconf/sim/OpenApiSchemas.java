package dev.akconf.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Converts OpenAPI 3.0 component schemas to JSON Schema 2020-12: {@code nullable: true} becomes a
 * {@code "null"} type (or an {@code anyOf} with {@code {type: null}} around a $ref/allOf), and
 * {@code #/components/schemas/X} references become {@code #/$defs/X}.
 */
final class OpenApiSchemas {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private OpenApiSchemas() {
    }

    /**
     * Known errors of the 2026.2.2 schema, corrected before use: properties the server really sends
     * as null although the schema does not say {@code nullable}. PolicyBindingSerializer declares
     * policy_obj, group_obj and user_obj as nested read-only serializers over nullable foreign keys
     * without {@code allow_null=True}, so drf-spectacular emits them non-nullable, while DRF's
     * Serializer.to_representation writes None for an unset relation (authentik's own web UI tests
     * {@code policyObj}/{@code groupObj}/{@code userObj} for presence). Only these are relaxed: each
     * property keeps its type, and stays required.
     */
    static final Map<String, List<String>> NULLABLE_ERRATA = Map.of(
            "PolicyBinding", List.of("policy_obj", "group_obj", "user_obj"));

    /** All of {@code components.schemas}, converted, keyed by name, with {@link #NULLABLE_ERRATA} applied. */
    static ObjectNode convertAll(JsonNode schemas) {
        ObjectNode out = NODES.objectNode();
        for (Map.Entry<String, JsonNode> e : schemas.properties()) {
            out.set(e.getKey(), convert(e.getValue()));
        }
        NULLABLE_ERRATA.forEach((component, fields) -> {
            JsonNode props = out.path(component).path("properties");
            for (String f : fields) {
                if (!(props.get(f) instanceof ObjectNode schema)) {
                    throw new IllegalStateException("erratum for a missing property " + component + "." + f);
                }
                ((ObjectNode) props).set(f, nullable(schema));
            }
        });
        return out;
    }

    static JsonNode convert(JsonNode node) {
        if (node.isArray()) {
            ArrayNode a = NODES.arrayNode();
            node.forEach(n -> a.add(convert(n)));
            return a;
        }
        if (!node.isObject()) {
            return node.deepCopy();
        }
        ObjectNode out = NODES.objectNode();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String key = e.getKey();
            JsonNode value = e.getValue();
            if (key.equals("$ref") && value.isString()) {
                out.put("$ref", value.stringValue().replace("#/components/schemas/", "#/$defs/"));
            } else if (key.equals("properties") && value.isObject()) {
                // Property names are data here, not keywords: convert each property's schema.
                ObjectNode props = out.putObject("properties");
                value.properties().forEach(p -> props.set(p.getKey(), convert(p.getValue())));
            } else if (!key.equals("nullable")) {
                out.set(key, convert(value));
            }
        }
        return node.path("nullable").asBoolean(false) ? nullable(out) : out;
    }

    private static ObjectNode nullable(ObjectNode schema) {
        JsonNode type = schema.get("type");
        if (type != null && type.isString() && !schema.has("allOf") && !schema.has("$ref")) {
            ArrayNode types = NODES.arrayNode().add(type.stringValue()).add("null");
            schema.set("type", types);
            if (schema.get("enum") instanceof ArrayNode values) {
                values.addNull();
            }
            return schema;
        }
        // A $ref or allOf (with annotations like readOnly beside it): wrap the typed part.
        ObjectNode typed = NODES.objectNode();
        ObjectNode wrapper = NODES.objectNode();
        List<String> typedKeys = new ArrayList<>(List.of("$ref", "allOf", "oneOf", "anyOf", "type", "enum",
                "properties", "required", "items", "additionalProperties", "format"));
        schema.properties().forEach(e -> (typedKeys.contains(e.getKey()) ? typed : wrapper).set(e.getKey(), e.getValue()));
        wrapper.putArray("anyOf").add(typed).add(NODES.objectNode().put("type", "null"));
        return wrapper;
    }
}
