package dev.akconf.importer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Escapes {@code ${} in imported strings as {@code $${}: akconf substitutes {@code ${VAR}} in every
 * string value it loads, so a literal one from Authentik must not be read as a variable.
 */
final class Escapes {

    private Escapes() {
    }

    static JsonNode escape(JsonNode node) {
        if (node.isString()) {
            String s = node.asString();
            return s.contains("${") ? JsonNodeFactory.instance.stringNode(s.replace("${", "$${")) : node;
        }
        if (node instanceof ObjectNode o) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            o.properties().forEach(e -> out.set(e.getKey(), escape(e.getValue())));
            return out;
        }
        if (node instanceof ArrayNode a) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            a.forEach(item -> out.add(escape(item)));
            return out;
        }
        return node;
    }
}
