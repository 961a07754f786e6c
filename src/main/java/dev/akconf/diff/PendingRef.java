package dev.akconf.diff;

import dev.akconf.kinds.Kind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A reference to an object this same plan creates, so its pk is known only during apply. In the
 * desired body it stands as {@code {"$akconf_pending": {"kind": "ProxyProvider", "name": "x"}}}.
 */
public final class PendingRef {

    static final String KEY = "$akconf_pending";

    private PendingRef() {
    }

    public static ObjectNode of(Kind kind, String name) {
        ObjectNode inner = JsonNodeFactory.instance.objectNode().put("kind", kind.label()).put("name", name);
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.set(KEY, inner);
        return node;
    }

    public static boolean is(JsonNode node) {
        return node != null && node.isObject() && node.has(KEY);
    }

    /** The name of the object the pending reference waits for. */
    public static String name(JsonNode node) {
        return node.path(KEY).path("name").asString();
    }

    /** The kind and name of the object it waits for. */
    public static dev.akconf.kinds.ResourceKey key(JsonNode node) {
        return new dev.akconf.kinds.ResourceKey(Kind.byLabel(node.path(KEY).path("kind").asString()).orElseThrow(), name(node));
    }
}
