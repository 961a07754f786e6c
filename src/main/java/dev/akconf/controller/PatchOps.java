package dev.akconf.controller;

import java.math.BigInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The six operations of python {@code jsonpatch} 1.33 ({@code AddOperation.apply} …
 * {@code CopyOperation.apply}), each raising what Python raises, in the order Python checks.
 * Works in place on the copy {@link JsonPatch} made; returns the (possibly replaced) root.
 */
final class PatchOps {

    private static final BigInteger INDEX_LIMIT = BigInteger.valueOf(Long.MAX_VALUE);

    private PatchOps() {
    }

    static JsonNode apply(JsonNode doc, ObjectNode op, PyPointer ptr) {
        return switch (op.get("op").stringValue()) {
            case "add" -> add(doc, ptr, value(op).deepCopy());
            case "remove" -> remove(doc, ptr);
            case "replace" -> replace(doc, ptr, op);
            case "move" -> move(doc, ptr, op);
            case "copy" -> copy(doc, ptr, op);
            default -> test(doc, ptr, op);
        };
    }

    private static JsonNode value(ObjectNode op) {
        if (!op.has("value")) {
            throw JsonPatch.invalid("The operation does not contain a 'value' member", "the operation has no 'value'");
        }
        return op.get("value");
    }

    static JsonNode add(JsonNode doc, PyPointer ptr, JsonNode value) {
        PyPointer.Last last = ptr.toLast(doc);
        Object part = last.part();
        if (last.container() instanceof ArrayNode list) {
            if ("-".equals(part)) {
                list.add(value);
            } else if (part == null) {
                // `part > len(subobj)` with part None: Python 3 cannot compare None and int.
                throw new PyRaise(PyError.TypeError, PatchFailure.OTHER, "'>' not supported between instances of 'NoneType' and 'int'",
                        "python jsonpatch cannot add at the root (\"\") of a list document", "");
            } else if (((BigInteger) part).compareTo(BigInteger.valueOf(list.size())) > 0) {
                throw new PyRaise(PyError.JsonPatchConflict, PatchFailure.OUTSIDE_OF_LIST, "can't insert outside of list",
                        "cannot insert at index " + part + ": " + where(last) + " has " + PyPointer.count(list.size(), "element")
                                + " (use an index from 0 to " + list.size() + ", or - to append)", ptr.location);
            } else {
                list.insert(((BigInteger) part).intValue(), value);
            }
        } else if (last.container() instanceof ObjectNode object) {
            if (part == null) {
                return value;
            }
            object.set((String) part, value);
        } else {
            if (part == null) {
                throw new PyRaise(PyError.TypeError, PatchFailure.OTHER, "invalid document type " + PyValues.type(last.container()),
                        "the document is " + PyPointer.describe(last.container()) + ", which cannot be patched", "");
            }
            throw unresolved(ptr, last);
        }
        return doc;
    }

    static JsonNode remove(JsonNode doc, PyPointer ptr) {
        PyPointer.Last last = ptr.toLast(doc);
        Object part = last.part();
        Object c = last.container();
        if (JsonPatch.isSequence(c) && !(part instanceof BigInteger)) {
            throw new PyRaise(PyError.JsonPointerException, PatchFailure.INVALID_INDEX,
                    "invalid array index '" + JsonPatch.partText(part) + "'",
                    "remove needs the index of an element: '" + JsonPatch.partText(part) + "' is not one", ptr.location);
        }
        if (c instanceof ObjectNode object) {
            if (part == null || !object.has((String) part)) {
                throw nonExistent(ptr, last, "remove");
            }
            object.remove((String) part);
        } else if (c instanceof ArrayNode list) {
            if (((BigInteger) part).compareTo(BigInteger.valueOf(list.size())) >= 0) {
                throw nonExistent(ptr, last, "remove");
            }
            list.remove(((BigInteger) part).intValue());
        } else {
            boolean string = ((JsonNode) c).isString();
            throw new PyRaise(PyError.TypeError, PatchFailure.OTHER,
                    "'" + PyValues.typeName(c) + "' object " + (string ? "doesn't" : "does not") + " support item deletion",
                    where(last) + " is " + PyPointer.describe(c) + ": nothing can be removed from it", ptr.location);
        }
        return doc;
    }

    private static JsonNode replace(JsonNode doc, PyPointer ptr, ObjectNode op) {
        JsonNode value = value(op).deepCopy();
        PyPointer.Last last = ptr.toLast(doc);
        Object part = last.part();
        if (part == null) {
            return value;
        }
        if ("-".equals(part)) {
            throw JsonPatch.invalid("'path' with '-' can't be applied to 'replace' operation",
                    "replace cannot use '-' (the end of a list): name the index to replace");
        }
        if (last.container() instanceof ArrayNode list) {
            if (((BigInteger) part).compareTo(BigInteger.valueOf(list.size())) >= 0) {
                throw new PyRaise(PyError.JsonPatchConflict, PatchFailure.OUTSIDE_OF_LIST, "can't replace outside of list",
                        "cannot replace index " + part + ": " + where(last) + " has " + PyPointer.count(list.size(), "element"), ptr.location);
            }
            list.set(((BigInteger) part).intValue(), value);
        } else if (last.container() instanceof ObjectNode object) {
            if (!object.has((String) part)) {
                throw nonExistent(ptr, last, "replace");
            }
            object.set((String) part, value);
        } else {
            throw unresolved(ptr, last);
        }
        return doc;
    }

    private static JsonNode move(JsonNode doc, PyPointer ptr, ObjectNode op) {
        PyPointer from = from(op);
        PyPointer.Last last = from.toLast(doc);
        JsonNode value = item(last, from);
        if (ptr.parts.equals(from.parts)) {
            return doc;
        }
        if (last.container() instanceof ObjectNode && ptr.parts.size() >= from.parts.size()
                && ptr.parts.subList(0, from.parts.size()).equals(from.parts)) {
            throw new PyRaise(PyError.JsonPatchConflict, PatchFailure.MOVE_INTO_CHILD, "Cannot move values into their own children",
                    "cannot move " + from.location + " into its own child " + ptr.location, ptr.location);
        }
        return add(remove(doc, from), ptr, value);
    }

    private static JsonNode copy(JsonNode doc, PyPointer ptr, ObjectNode op) {
        PyPointer from = from(op);
        return add(doc, ptr, item(from.toLast(doc), from).deepCopy());
    }

    private static PyPointer from(ObjectNode op) {
        if (!op.has("from")) {
            throw JsonPatch.invalid("The operation does not contain a 'from' member", "the operation has no 'from'");
        }
        JsonNode from = op.get("from");
        if (!from.isString()) {
            throw new PyRaise(PyError.TypeError, PatchFailure.INVALID_OPERATION,
                    "expected string or bytes-like object, got '" + PyValues.typeName(from) + "'",
                    "'from' must be a string (a JSON pointer)", "");
        }
        return PyPointer.parse(from.stringValue());
    }

    /** {@code subobj[part]} in move and copy: KeyError and IndexError become JsonPatchConflict, TypeError escapes. */
    private static JsonNode item(PyPointer.Last last, PyPointer from) {
        Object c = last.container();
        Object part = last.part();
        if (c instanceof ObjectNode object) {
            if (part == null || !object.has((String) part)) {
                throw new PyRaise(PyError.JsonPatchConflict, PatchFailure.NON_EXISTENT,
                        part == null ? "None" : PyValues.reprString((String) part),
                        where(last) + " has no member '" + JsonPatch.partText(part) + "' to take from " + from.location, from.location);
            }
            return object.get((String) part);
        }
        if (JsonPatch.isSequence(c)) {
            JsonNode seq = (JsonNode) c;
            String kind = seq.isArray() ? "list" : "string";
            if (!(part instanceof BigInteger index)) {
                throw new PyRaise(PyError.TypeError, PatchFailure.INVALID_INDEX, seq.isArray()
                        ? "list indices must be integers or slices, not " + (part == null ? "NoneType" : "str")
                        : "string indices must be integers, not '" + (part == null ? "NoneType" : "str") + "'",
                        "'from' must name an element by index, not '" + JsonPatch.partText(part) + "'", from.location);
            }
            if (index.compareTo(BigInteger.valueOf(PyPointer.sequenceSize(seq))) >= 0) {
                throw new PyRaise(PyError.JsonPatchConflict, PatchFailure.NON_EXISTENT,
                        index.compareTo(INDEX_LIMIT) > 0 ? "cannot fit 'int' into an index-sized integer" : kind + " index out of range",
                        where(last) + " has " + PyPointer.count(PyPointer.sequenceSize(seq), "element")
                                + ": there is no index " + index + " to take from", from.location);
            }
            return PyPointer.element(seq, index.intValue());
        }
        throw new PyRaise(PyError.TypeError, PatchFailure.OTHER, "'" + PyValues.typeName(c) + "' object is not subscriptable",
                "the document is " + PyPointer.describe(c) + ": there is nothing to take from it", from.location);
    }

    private static JsonNode test(JsonNode doc, PyPointer ptr, ObjectNode op) {
        Object actual;
        try {
            PyPointer.Last last = ptr.toLast(doc);
            actual = last.part() == null ? last.container() : ptr.walk(last.container(), ptr.parts.size() - 1);
        } catch (PyRaise e) {
            if (e.type != PyError.JsonPointerException) {
                throw e;
            }
            throw new PyRaise(PyError.JsonPatchTestFailed, PatchFailure.TEST_FAILED, e.pythonMessage,
                    "test of " + ptr.location + " failed: " + e.human, e.at);
        }
        JsonNode expected = value(op);
        if (!(actual instanceof JsonNode a) || !PyValues.pyEquals(a, expected)) {
            throw new PyRaise(PyError.JsonPatchTestFailed, PatchFailure.TEST_FAILED,
                    PyValues.str(actual) + " (" + PyValues.type(actual) + ") is not equal to tested value "
                            + PyValues.str(expected) + " (" + PyValues.type(expected) + ")",
                    "test of " + ptr.location + " failed: the value there is " + PyValues.repr(actual) + ", not " + PyValues.repr(expected),
                    ptr.location);
        }
        return doc;
    }

    private static PyRaise nonExistent(PyPointer ptr, PyPointer.Last last, String op) {
        String part = JsonPatch.partText(last.part());
        return new PyRaise(PyError.JsonPatchConflict, PatchFailure.NON_EXISTENT,
                "can't " + op + " a non-existent object '" + part + "'",
                where(last) + " has no " + (last.container() instanceof ArrayNode ? "index " : "member ") + "'" + part + "' to " + op,
                ptr.location);
    }

    private static PyRaise unresolved(PyPointer ptr, PyPointer.Last last) {
        return new PyRaise(PyError.JsonPatchConflict, PatchFailure.OTHER,
                "unable to fully resolve json pointer " + ptr.location + ", part " + JsonPatch.partText(last.part()),
                where(last) + " is " + PyPointer.describe(last.container()) + ", so " + ptr.location + " cannot be set", ptr.location);
    }

    private static String where(PyPointer.Last last) {
        return last.containerPath().isEmpty() ? "the document" : last.containerPath();
    }
}
