package dev.akconf.sim;

import java.util.Iterator;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Python's {@code str()} and {@code repr()} of a value decoded from JSON, and its type name: the
 * server formats these into some messages (DRF's "Expected a dictionary, but got str.", dacite's
 * "instead of value ... of type ...").
 */
final class PyRepr {

    private PyRepr() {
    }

    /** {@code type(value).__name__} after {@code json.loads}. */
    static String typeName(JsonNode v) {
        if (v == null || v.isNull()) {
            return "NoneType";
        }
        if (v.isString()) {
            return "str";
        }
        if (v.isBoolean()) {
            return "bool";
        }
        if (v.isIntegralNumber()) {
            return "int";
        }
        if (v.isNumber()) {
            return "float";
        }
        if (v.isArray()) {
            return "list";
        }
        return "dict";
    }

    /** {@code str(value)}: strings as they are, everything else as repr. */
    static String str(JsonNode v) {
        return v != null && v.isString() ? v.stringValue() : repr(v);
    }

    /** {@code repr(value)} for JSON-decoded values. */
    static String repr(JsonNode v) {
        if (v == null || v.isNull()) {
            return "None";
        }
        if (v.isString()) {
            return quote(v.stringValue());
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? "True" : "False";
        }
        if (v.isNumber()) {
            return v.isIntegralNumber() ? v.bigIntegerValue().toString() : Double.toString(v.doubleValue());
        }
        StringBuilder sb = new StringBuilder();
        if (v.isArray()) {
            sb.append('[');
            Iterator<JsonNode> it = v.values().iterator();
            while (it.hasNext()) {
                sb.append(repr(it.next())).append(it.hasNext() ? ", " : "");
            }
            return sb.append(']').toString();
        }
        sb.append('{');
        Iterator<Map.Entry<String, JsonNode>> it = v.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            sb.append(quote(e.getKey())).append(": ").append(repr(e.getValue())).append(it.hasNext() ? ", " : "");
        }
        return sb.append('}').toString();
    }

    /** Python's string repr: single quotes unless the text has a single quote and no double quote. */
    private static String quote(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(q);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c == q) {
                        sb.append('\\');
                    }
                    sb.append(c);
                }
            }
        }
        return sb.append(q).toString();
    }
}
