package dev.akconf.sim;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Shared JSON mapper and small node helpers for the simulator. */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder().build();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Json() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    /** DRF's generic error body: {@code {"detail": "..."}}. */
    static ObjectNode detail(String message) {
        ObjectNode o = object();
        o.put("detail", message);
        return o;
    }

    /** The string value of {@code field}, or null when absent, null or not a string. */
    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v != null && v.isString() ? v.stringValue() : null;
    }

    /** The string items of an array node (other items skipped). */
    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            for (JsonNode n : array) {
                if (n.isString()) {
                    out.add(n.stringValue());
                }
            }
        }
        return out;
    }

    /** The integer items of an array node (other items skipped). */
    static List<Integer> ints(JsonNode array) {
        List<Integer> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            for (JsonNode n : array) {
                if (n.isIntegralNumber()) {
                    out.add(n.intValue());
                }
            }
        }
        return out;
    }

    static ArrayNode arrayOfStrings(List<String> values) {
        ArrayNode a = array();
        values.forEach(a::add);
        return a;
    }

    static ArrayNode arrayOfInts(List<Integer> values) {
        ArrayNode a = array();
        values.forEach(a::add);
        return a;
    }

    /** Copies {@code field} from one object to another if present (as a deep copy). */
    static void copy(ObjectNode from, ObjectNode to, String field) {
        JsonNode v = from.get(field);
        to.set(field, v == null ? NODES.nullNode() : v.deepCopy());
    }
}
