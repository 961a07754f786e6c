package dev.akconf.controller;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * A JSON pointer resolved the way python {@code jsonpointer} 3.0.0 does (Authentik 2026.2.2's
 * {@code uv.lock}), not strictly by RFC 6901. The differences that matter:
 * <ul>
 * <li>An array index passes {@code re.match('0|[1-9][0-9]*$')}: anything that starts with {@code 0}
 * is accepted and handed to {@code int()}, so {@code /01} is element 1 and {@code /0x} raises
 * {@code ValueError} (fixed only in jsonpointer 3.1.0 with {@code fullmatch}).</li>
 * <li>Strings are sequences: {@code /name/0} is the first character of a string.</li>
 * <li>{@code -} on a list (or string) walks to an {@code EndOfList} marker, which nothing can index.</li>
 * </ul>
 * Parsing (escape check, leading {@code /}) follows {@code JsonPointer.__init__}; the split and
 * unescape of the tokens is Jackson's {@link JsonPointer}.
 */
final class PyPointer {

    /** {@code jsonpointer.EndOfList}: what walking {@code -} on a sequence yields. */
    record EndOfList(JsonNode list) {
    }

    /** {@code to_last}: the container of the last token and that token as {@code get_part} typed it. */
    record Last(Object container, Object part, String containerPath) {
    }

    private static final Pattern INVALID_ESCAPE = Pattern.compile("~[^01]|~$", Pattern.UNIX_LINES);
    private static final Pattern DIGITS_1_9 = Pattern.compile("[1-9][0-9]*\n?");

    final String location;
    final List<String> parts;

    private PyPointer(String location, List<String> parts) {
        this.location = location;
        this.parts = parts;
    }

    /** {@code JsonPointer(location)}: raises JsonPointerException for a bad escape or a missing leading slash. */
    static PyPointer parse(String location) {
        Matcher bad = INVALID_ESCAPE.matcher(location);
        if (bad.find()) {
            throw new PyRaise(PyError.JsonPointerException, PatchFailure.INVALID_POINTER,
                    "Found invalid escape " + bad.group(),
                    "the path " + location + " has '" + bad.group().strip() + "': in a JSON pointer '~' must be followed by 0 (for ~) or 1 (for /)",
                    location);
        }
        if (!location.isEmpty() && location.charAt(0) != '/') {
            throw new PyRaise(PyError.JsonPointerException, PatchFailure.INVALID_POINTER,
                    "Location must start with /", "the path '" + location + "' must start with /", location);
        }
        List<String> parts = new ArrayList<>();
        for (JsonPointer p = JsonPointer.compile(location); !p.matches(); p = p.tail()) {
            parts.add(p.getMatchingProperty());
        }
        return new PyPointer(location, List.copyOf(parts));
    }

    boolean isRoot() {
        return parts.isEmpty();
    }

    /** The escaped pointer of the first {@code n} tokens. */
    String prefix(int n) {
        JsonPointer p = JsonPointer.empty();
        for (int i = 0; i < n; i++) {
            p = p.appendProperty(parts.get(i));
        }
        return p.toString();
    }

    /** {@code JsonPointer.to_last}: walk every token but the last, then type the last one. */
    Last toLast(JsonNode doc) {
        if (parts.isEmpty()) {
            return new Last(doc, null, "");
        }
        Object node = doc;
        for (int i = 0; i < parts.size() - 1; i++) {
            node = walk(node, i);
        }
        String containerPath = prefix(parts.size() - 1);
        return new Last(node, getPart(node, parts.get(parts.size() - 1), containerPath), containerPath);
    }

    /** {@code JsonPointer.walk} of token {@code i} from {@code node}. */
    Object walk(Object node, int i) {
        String here = prefix(i);
        Object part = getPart(node, parts.get(i), here);
        JsonNode n = (JsonNode) node;
        if (n.isArray() || n.isString()) {
            if ("-".equals(part)) {
                return new EndOfList(n);
            }
            BigInteger index = (BigInteger) part;
            int size = sequenceSize(n);
            if (index.compareTo(BigInteger.valueOf(size)) >= 0) {
                throw new PyRaise(PyError.JsonPointerException, PatchFailure.INDEX_OUT_OF_BOUNDS,
                        "index '" + index + "' is out of bounds",
                        (here.isEmpty() ? "the document" : here) + " has " + count(size, n.isArray() ? "element" : "character")
                                + ", so index " + index + " does not exist",
                        prefix(i + 1));
            }
            return element(n, index.intValue());
        }
        String key = (String) part;
        if (!n.has(key)) {
            throw new PyRaise(PyError.JsonPointerException, PatchFailure.MEMBER_NOT_FOUND,
                    "member '" + key + "' not found in " + PyValues.repr(n),
                    (here.isEmpty() ? "the document" : here) + " has no member '" + key + "'" + members(n),
                    prefix(i + 1));
        }
        return n.get(key);
    }

    /** {@code JsonPointer.get_part}: a key for a dict, {@code '-'} or an int for a sequence, else an error. */
    static Object getPart(Object node, String part, String here) {
        if (node instanceof JsonNode n && n.isObject()) {
            return part;
        }
        if (node instanceof JsonNode n && (n.isArray() || n.isString())) {
            if (part.equals("-")) {
                return part;
            }
            // re.match('0|[1-9][0-9]*$', part): the '0' branch is not anchored at the end.
            if (!part.startsWith("0") && !DIGITS_1_9.matcher(part).matches()) {
                throw new PyRaise(PyError.JsonPointerException, PatchFailure.INVALID_INDEX,
                        "'" + part + "' is not a valid sequence index",
                        "'" + part + "' is not a list index" + (here.isEmpty() ? "" : " (" + here + " is a " + (n.isArray() ? "list" : "string") + ")"),
                        here);
            }
            return pyInt(part, here);
        }
        String type = PyValues.type(node);
        throw new PyRaise(PyError.JsonPointerException, PatchFailure.NOT_INDEXABLE,
                "Document '" + type + "' does not support indexing, must be mapping/sequence or support __getitem__",
                (here.isEmpty() ? "the document" : here) + " is " + describe(node) + ", so the path cannot go into it",
                here);
    }

    /** Python's {@code int(text)}: surrounding whitespace and single underscores between digits allowed. */
    private static BigInteger pyInt(String text, String here) {
        String t = text.strip();
        if (t.matches("[0-9]+(_[0-9]+)*")) {
            return new BigInteger(t.replace("_", ""));
        }
        throw new PyRaise(PyError.ValueError, PatchFailure.INVALID_INDEX,
                "invalid literal for int() with base 10: " + PyValues.reprString(text),
                "'" + text + "' is not a list index" + (here.isEmpty() ? "" : " at " + here), here);
    }

    static int sequenceSize(JsonNode n) {
        return n.isArray() ? n.size() : n.stringValue().codePointCount(0, n.stringValue().length());
    }

    /** Element {@code i} of a list, or the {@code i}-th character of a string (as a string). */
    static JsonNode element(JsonNode n, int i) {
        if (n.isArray()) {
            return n.get(i);
        }
        String s = n.stringValue();
        int from = s.offsetByCodePoints(0, i);
        return tools.jackson.databind.node.StringNode.valueOf(s.substring(from, s.offsetByCodePoints(from, 1)));
    }

    /** {@code 1 element}, {@code 2 elements}. */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static String describe(Object node) {
        if (node instanceof EndOfList) {
            return "the end of a list ('-')";
        }
        JsonNode n = (JsonNode) node;
        return switch (PyValues.typeName(n)) {
            case "dict" -> "an object";
            case "list" -> "a list";
            case "str" -> "a string";
            case "NoneType" -> "null";
            default -> "the " + (n.isBoolean() ? "boolean " : "number ") + n;
        };
    }

    private static String members(JsonNode n) {
        List<String> names = new ArrayList<>(n.propertyNames());
        return names.isEmpty() ? " (it is empty)" : " (it has " + String.join(", ", names) + ")";
    }
}
