package dev.akconf.controller;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** What to write instead of a failing operation, worded for the person who wrote it. */
final class FixHints {

    private FixHints() {
    }

    static String hint(PatchError e, Component component) {
        String kind = "the generated " + component.objectKind();
        JsonNode op = e.op();
        String name = op.path("op").asString("");
        String path = op.path("path").isString() ? op.get("path").stringValue() : "";
        return switch (e.kind()) {
            case MEMBER_NOT_FOUND -> missingMember(e, kind, name, path, op);
            case INDEX_OUT_OF_BOUNDS -> kind + " has no " + e.at() + ": " + e.message();
            case OUTSIDE_OF_LIST -> "use - as the last step of the path to append, or an index that exists";
            case NON_EXISTENT -> name.equals("replace")
                    ? "use add: replace needs " + path + " to exist, and " + kind + " has none"
                    : name.equals("remove") ? "drop this operation: " + kind + " has no " + path
                    : "take from a path that exists in " + kind + " (" + e.message() + ")";
            case TEST_FAILED -> e.message();
            case INVALID_POINTER -> "write the path as a JSON pointer: it starts with /, and ~ and / inside a name are written ~0 and ~1";
            case INVALID_INDEX -> "use a list index (0, 1, ...)" + (name.equals("add") ? " or - to append" : "") + " there";
            case NOT_INDEXABLE -> e.message();
            case MOVE_INTO_CHILD -> "a value cannot be moved into itself: copy it, or move it somewhere else";
            case INVALID_OBJECT -> "complete the value this operation adds: " + e.message();
            case INVALID_OPERATION, OTHER -> "fix the operation: " + e.message();
        };
    }

    /**
     * A member on the way is missing. python jsonpatch creates nothing on the way, so the whole
     * missing part has to be added at once: for {@code add /spec/template/spec/volumes/-} on a
     * Deployment without volumes, {@code add /spec/template/spec/volumes} with the list.
     */
    private static String missingMember(PatchError e, String kind, String name, String path, JsonNode op) {
        if (!name.equals("add") || !op.has("value") || !path.startsWith(e.at() + "/")) {
            return kind + " has no " + e.at() + ": add it first, or use a path that exists";
        }
        PyPointer rest = PyPointer.parse(path.substring(e.at().length()));
        JsonNode value = nest(rest.parts, op.get("value"));
        if (value == null) {
            return kind + " has no " + e.at() + ": add it first, with its whole value";
        }
        String what = value.isArray() ? "list" : "object";
        return "add the whole " + what + " with path " + e.at() + ": {\"op\": \"add\", \"path\": \"" + e.at()
                + "\", \"value\": " + value + "} (" + kind + " has no " + e.at() + ", and a patch creates nothing on the way)";
    }

    /** The value that {@code parts} below a missing member would have: {@code -} or 0 a one-element list, a name an object. */
    private static JsonNode nest(List<String> parts, JsonNode value) {
        JsonNode v = value;
        for (int i = parts.size() - 1; i >= 0; i--) {
            String p = parts.get(i);
            if (p.equals("-") || p.equals("0")) {
                v = JsonNodeFactory.instance.arrayNode().add(v);
            } else if (p.matches("[0-9]+")) {
                return null;
            } else {
                v = JsonNodeFactory.instance.objectNode().set(p, v);
            }
        }
        return v;
    }
}
