package dev.akconf.diff;

import java.util.Iterator;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Deep JSON equality where numbers compare by value: YAML gives {@code 2} as a long and Authentik's
 * JSON as an int, and Jackson's own {@code equals} calls those different. Mapping key order is
 * ignored; list order is not.
 */
public final class JsonEquality {

    private JsonEquality() {
    }

    public static boolean equal(JsonNode a, JsonNode b) {
        if (a == null || a.isMissingNode()) {
            return b == null || b.isMissingNode();
        }
        if (b == null || b.isMissingNode()) {
            return false;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = a.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!b.has(e.getKey()) || !equal(e.getValue(), b.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!equal(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }
}
