package dev.akconf.authentik;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/** A parsed answer with every string value and property name passed through the {@link Redactor}. */
final class MaskedTree {

    private MaskedTree() {
    }

    static JsonNode mask(JsonNode node, Redactor redactor) {
        if (node.isString()) {
            String masked = redactor.apply(node.stringValue());
            return masked.equals(node.stringValue()) ? node : StringNode.valueOf(masked);
        }
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, mask(array.get(i), redactor));
            }
        } else if (node instanceof ObjectNode object) {
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(object.properties());
            object.removeAll();
            for (Map.Entry<String, JsonNode> e : entries) {
                object.set(redactor.apply(e.getKey()), mask(e.getValue(), redactor));
            }
        }
        return node;
    }
}
