package dev.akconf.controller;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * RFC 6902 JSON Patch on Jackson trees, with the semantics of python {@code jsonpatch} 1.33 on
 * {@code jsonpointer} 3.0.0 — what Authentik 2026.2.2 runs ({@code uv.lock}; applied by
 * {@code authentik/outposts/controllers/k8s/base.py} {@code get_patched_reference_object} via
 * {@code apply_patch(json, patch)}).
 *
 * <p>Like {@code JsonPatch.__init__}, every operation is checked for its shape ({@code op},
 * {@code path}) before any is applied; then they apply in order to a deep copy
 * ({@code apply(obj, in_place=False)}), so the input is never changed. Where Python's library
 * departs from the RFC, this follows Python: see {@link PyPointer} (leading zeros, strings as
 * sequences), {@code add} at the root of a list document raises {@code TypeError}, {@code test}
 * compares with Python's {@code ==} ({@code true == 1}), {@code replace} of a {@code -} path is
 * invalid even on an object.
 *
 * <p>There was no RFC 6902 library for Jackson 3 trees on Maven Central (zjsonpatch and
 * java-json-tools json-patch are Jackson 2), and none with Python's semantics and messages.
 */
public final class JsonPatch {

    private static final Set<String> OPERATIONS = Set.of("remove", "add", "replace", "move", "test", "copy");

    private JsonPatch() {
    }

    /**
     * Applies {@code patch} (a JSON array of operations) to {@code document}.
     *
     * @return {@link PatchOutcome.Patched} with a new tree, or {@link PatchOutcome.Failed} naming
     *         the first operation Python would raise on; a {@code null} (or Java null) patch applies
     *         nothing, like base.py's {@code if patch is not None}
     */
    public static PatchOutcome apply(JsonNode document, JsonNode patch) {
        JsonNode doc = document.deepCopy();
        if (patch == null || patch.isNull()) {
            return new PatchOutcome.Patched(doc);
        }
        List<JsonNode> ops = new ArrayList<>();
        if (patch.isArray()) {
            patch.forEach(ops::add);
        } else if (patch.isObject()) {
            // Iterating a dict yields its keys: JsonPatch.__init__ rejects a "sequence of strings".
            patch.propertyNames().forEach(k -> ops.add(tools.jackson.databind.node.StringNode.valueOf(k)));
        } else {
            return failed(-1, patch, new PyRaise(PyError.TypeError, PatchFailure.INVALID_OPERATION,
                    "'" + PyValues.typeName(patch) + "' object is not iterable",
                    "the patch must be a list of operations, not " + PyPointer.describe(patch), ""));
        }
        List<PyPointer> pointers = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            try {
                pointers.add(check(ops.get(i)));
            } catch (PyRaise e) {
                return failed(i, ops.get(i), e);
            }
        }
        for (int i = 0; i < ops.size(); i++) {
            try {
                doc = PatchOps.apply(doc, (ObjectNode) ops.get(i), pointers.get(i));
            } catch (PyRaise e) {
                return failed(i, ops.get(i), e);
            }
        }
        return new PatchOutcome.Patched(doc);
    }

    /** {@code JsonPatch.__init__} / {@code _get_operation} / {@code PatchOperation.__init__} for one operation. */
    private static PyPointer check(JsonNode op) {
        if (op.isString()) {
            throw invalid("Document is expected to be sequence of operations, got a sequence of strings.",
                    "the patch must be a list of operations ({op: ..., path: ...}), not of strings");
        }
        if (op.isArray()) {
            for (JsonNode e : op) {
                if (e.isString() && e.stringValue().equals("op")) {
                    throw new PyRaise(PyError.TypeError, PatchFailure.INVALID_OPERATION,
                            "list indices must be integers or slices, not str", "an operation must be an object, not a list", "");
                }
            }
            throw invalid("Operation does not contain 'op' member", "an operation must be an object with 'op' and 'path'");
        }
        if (!op.isObject()) {
            throw new PyRaise(PyError.TypeError, PatchFailure.INVALID_OPERATION,
                    "argument of type '" + PyValues.typeName(op) + "' is not iterable",
                    "an operation must be an object with 'op' and 'path', not " + PyPointer.describe(op), "");
        }
        if (!op.has("op")) {
            throw invalid("Operation does not contain 'op' member", "the operation has no 'op'");
        }
        JsonNode name = op.get("op");
        if (!name.isString()) {
            throw invalid("Operation's op must be a string", "'op' must be a string, one of add, remove, replace, move, copy, test");
        }
        if (!OPERATIONS.contains(name.stringValue())) {
            throw invalid("Unknown operation " + PyValues.reprString(name.stringValue()),
                    "unknown op '" + name.stringValue() + "': use add, remove, replace, move, copy or test");
        }
        if (!op.has("path")) {
            throw invalid("Operation must have a 'path' member", "the operation has no 'path'");
        }
        if (!op.get("path").isString()) {
            throw invalid("Invalid 'path'", "'path' must be a string (a JSON pointer such as /spec/replicas)");
        }
        return PyPointer.parse(op.get("path").stringValue());
    }

    static PyRaise invalid(String python, String human) {
        return new PyRaise(PyError.InvalidJsonPatch, PatchFailure.INVALID_OPERATION, python, human, "");
    }

    private static PatchOutcome failed(int index, JsonNode op, PyRaise e) {
        String at = e.at.isEmpty() && op.isObject() && op.path("path").isString() ? op.get("path").stringValue() : e.at;
        return new PatchOutcome.Failed(new PatchError(index, op, e.type, e.kind, e.pythonMessage, e.human, at));
    }

    /** {@code add /spec/x}, {@code move /a -> /b}: an operation in a few words, for messages. */
    public static String summary(JsonNode op) {
        if (!op.isObject()) {
            return PyValues.repr(op);
        }
        String name = op.path("op").isString() ? op.get("op").stringValue() : "?";
        String path = op.path("path").isString() ? op.get("path").stringValue() : "?";
        if (op.path("from").isString()) {
            return name + " " + op.get("from").stringValue() + " -> " + path;
        }
        return name + " " + (path.isEmpty() ? "\"\" (the whole document)" : path);
    }

    /** Python's {@code "{0}".format(part)} for a typed pointer token. */
    static String partText(Object part) {
        return part == null ? "None" : part instanceof BigInteger b ? b.toString() : (String) part;
    }

    static boolean isSequence(Object node) {
        return node instanceof JsonNode n && (n.isArray() || n.isString());
    }
}
