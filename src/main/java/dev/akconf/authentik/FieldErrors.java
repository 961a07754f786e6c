package dev.akconf.authentik;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import tools.jackson.databind.JsonNode;

/**
 * Flattens a Django REST Framework validation body ({@code {"field": ["msg"], "config":
 * {"x": ["msg"]}, "non_field_errors": ["msg"]}}) into dotted field paths, and renders it on one line.
 */
final class FieldErrors {

    static final String NON_FIELD = "non_field_errors";

    private FieldErrors() {
    }

    /** Field path to messages, in body order; a bare list or string lands under {@value #NON_FIELD}. */
    static Map<String, List<String>> flatten(JsonNode body) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        collect(body, "", out);
        return out;
    }

    /** {@code field: msg; config.x: msg; msg-without-field}. */
    static String describe(Map<String, List<String>> errors) {
        StringJoiner joined = new StringJoiner("; ");
        errors.forEach((field, messages) -> {
            // Object-level errors read better without the DRF key in front.
            boolean bare = field.equals(NON_FIELD);
            for (String message : messages) {
                joined.add(bare ? message : field + ": " + message);
            }
        });
        return joined.toString();
    }

    private static void collect(JsonNode node, String path, Map<String, List<String>> out) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                collect(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), out);
            }
        } else if (node.isArray()) {
            // many=True serializers report one (often empty) object per item: keep the index.
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                collect(item, item.isContainer() ? path + "[" + i + "]" : path, out);
            }
        } else {
            String key = path.isEmpty() ? NON_FIELD : path;
            out.computeIfAbsent(key, k -> new ArrayList<>()).add(node.asString());
        }
    }
}
