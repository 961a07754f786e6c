package dev.akconf.authentik;

import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The JSON types akconf relies on in Authentik's answers, checked where the answer arrives so a wrong
 * type is one clear error (exit 4) instead of a failure deep inside the planner: every list item is an
 * object with a {@code pk} that is a string or an integer, and the fields objects are known by
 * ({@code name}, {@code slug}, {@code username}) are strings where present.
 */
public final class AnswerShape {

    /** Identity fields of the kinds akconf reads (KindSpec.liveIdentity, RefTarget name fields). */
    static final Set<String> IDENTITY_FIELDS = Set.of("name", "slug", "username");

    private AnswerShape() {
    }

    /** The item's pk as text, after checking the item's shape. */
    static String checkItem(JsonNode item, String method, String path, int page) {
        if (!item.isObject()) {
            throw wrong(method, path, page, "a list item is " + describe(item) + ", not an object");
        }
        JsonNode pk = item.get("pk");
        if (!isKey(pk)) {
            throw wrong(method, path, page, "an object's \"pk\" is " + describe(pk) + ", not a string or an integer");
        }
        for (String field : IDENTITY_FIELDS) {
            JsonNode v = item.get(field);
            if (v != null && !v.isString()) {
                throw wrong(method, path, page, "the object with pk " + shortText(pk) + " has a \"" + field + "\" that is "
                        + describe(v) + ", not a string");
            }
        }
        return pk.asString();
    }

    /** Whether {@code pk} can identify an object: a string or an integral number. */
    public static boolean isKey(JsonNode pk) {
        return pk != null && (pk.isString() || pk.isIntegralNumber());
    }

    /** "a JSON object", "the number 1.5", "null", ... for messages. */
    public static String describe(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "missing";
        }
        if (v.isNull()) {
            return "null";
        }
        if (v.isObject()) {
            return v.isEmpty() ? "an empty JSON object" : "a JSON object";
        }
        if (v.isArray()) {
            return "a JSON array";
        }
        if (v.isBoolean()) {
            return "the boolean " + v.asBoolean();
        }
        if (v.isNumber()) {
            return "the number " + shortText(v);
        }
        return "the string " + shortText(v);
    }

    /** At most 40 characters of a scalar, quoted for strings; control characters are escaped by the exception. */
    static String shortText(JsonNode v) {
        String text = v.isString() ? v.stringValue() : v.toString();
        String cut = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return v.isString() ? "\"" + cut + "\"" : cut;
    }

    static AuthentikException wrong(String method, String path, int page, String what) {
        return new AuthentikException("unexpected answer to " + method + " " + path
                + (page > 0 ? " (page " + page + ")" : "") + ": " + what, AuthentikException.EXIT_API,
                method, path, 200, null, Map.of(), null);
    }
}
