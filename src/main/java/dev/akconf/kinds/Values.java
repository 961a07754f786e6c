package dev.akconf.kinds;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** The values Django gives a field nobody set: a blank TextField "", a nullable ForeignKey None, a ManyToMany []. */
final class Values {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final JsonNode EMPTY = NODES.stringNode("");
    static final JsonNode NONE = NODES.nullNode();
    static final JsonNode NO_ITEMS = NODES.arrayNode();
    static final JsonNode TRUE = NODES.booleanNode(true);
    static final JsonNode FALSE = NODES.booleanNode(false);

    private Values() {
    }

    static JsonNode text(String value) {
        return NODES.stringNode(value);
    }

    static JsonNode number(int value) {
        return NODES.numberNode(value);
    }

    static JsonNode emptyObject() {
        return NODES.objectNode();
    }
}
