package dev.akconf.sim;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.StringNode;

/**
 * DRF's PrimaryKeyRelatedField and its many=True form (rest_framework/relations.py) over uuid and
 * integer primary keys, with Django's own texts for malformed uuids (django/db/models/fields
 * UUIDField.to_python). A list fails with the first bad item's message only, as DRF's list
 * comprehension stops there.
 */
final class Refs {

    private Refs() {
    }

    /** A uuid foreign key; returns the canonical uuid text, NullNode, or null (absent/invalid). */
    static JsonNode uuid(Body b, String f, boolean required, boolean allowNull, Predicate<String> exists) {
        JsonNode v = b.begin(f, required, allowNull);
        if (v == null || v.isNull()) {
            return v;
        }
        Optional<String> error = checkUuid(v, exists);
        if (error.isPresent()) {
            b.errors.add(f, error.get());
            return null;
        }
        return StringNode.valueOf(canonicalUuid(v).orElseThrow());
    }

    static JsonNode integer(Body b, String f, boolean required, boolean allowNull, IntPredicate exists) {
        JsonNode v = b.begin(f, required, allowNull);
        if (v == null || v.isNull()) {
            return v;
        }
        Optional<String> error = checkInt(v, exists);
        if (error.isPresent()) {
            b.errors.add(f, error.get());
            return null;
        }
        return IntNode.valueOf(pythonInt(v).orElseThrow());
    }

    static ArrayNode uuids(Body b, String f, boolean required, Predicate<String> exists) {
        List<JsonNode> items = items(b, f, required);
        if (items == null) {
            return null;
        }
        ArrayNode out = Json.array();
        for (JsonNode item : items) {
            Optional<String> error = checkUuid(item, exists);
            if (error.isPresent()) {
                b.errors.add(f, error.get());
                return null;
            }
            out.add(canonicalUuid(item).orElseThrow());
        }
        return out;
    }

    static ArrayNode integers(Body b, String f, boolean required, IntPredicate exists) {
        List<JsonNode> items = items(b, f, required);
        if (items == null) {
            return null;
        }
        ArrayNode out = Json.array();
        for (JsonNode item : items) {
            Optional<String> error = checkInt(item, exists);
            if (error.isPresent()) {
                b.errors.add(f, error.get());
                return null;
            }
            out.add(pythonInt(item).orElseThrow());
        }
        return out;
    }

    /** ManyRelatedField.to_internal_value: strings and scalars are not lists; a dict iterates its keys. */
    private static List<JsonNode> items(Body b, String f, boolean required) {
        JsonNode v = b.begin(f, required, false);
        if (v == null) {
            return null;
        }
        List<JsonNode> out = new ArrayList<>();
        if (v.isArray()) {
            v.forEach(out::add);
        } else if (v.isObject()) {
            v.propertyNames().forEach(k -> out.add(StringNode.valueOf(k)));
        } else {
            b.errors.add(f, "Expected a list of items but got type \"" + PyRepr.typeName(v) + "\".");
            return null;
        }
        return out;
    }

    private static Optional<String> checkUuid(JsonNode v, Predicate<String> exists) {
        if (v.isBoolean()) {
            return Optional.of("Incorrect type. Expected pk value, received bool.");
        }
        Optional<String> id = canonicalUuid(v);
        if (id.isEmpty()) {
            return Optional.of("\u201c" + PyRepr.str(v) + "\u201d is not a valid UUID.");
        }
        return exists.test(id.get()) ? Optional.empty() : Optional.of(doesNotExist(v));
    }

    private static Optional<String> checkInt(JsonNode v, IntPredicate exists) {
        Optional<Integer> pk = pythonInt(v);
        if (v.isBoolean() || pk.isEmpty()) {
            return Optional.of("Incorrect type. Expected pk value, received " + PyRepr.typeName(v) + ".");
        }
        return exists.test(pk.get()) ? Optional.empty() : Optional.of(doesNotExist(v));
    }

    private static String doesNotExist(JsonNode v) {
        return "Invalid pk \"" + PyRepr.str(v) + "\" - object does not exist.";
    }

    /** Python's {@code uuid.UUID(hex=...)} (or {@code int=} for a number), as Django calls it. */
    static Optional<String> canonicalUuid(JsonNode v) {
        if (v.isIntegralNumber()) {
            BigInteger n = v.bigIntegerValue();
            if (n.signum() < 0 || n.bitLength() > 128) {
                return Optional.empty();
            }
            return Optional.of(format(String.format("%032x", n)));
        }
        return v.isString() ? canonicalUuid(v.stringValue()) : Optional.empty();
    }

    static Optional<String> canonicalUuid(String text) {
        String hex = text.replace("urn:", "").replace("uuid:", "");
        hex = hex.replaceAll("^[{}]+|[{}]+$", "").replace("-", "");
        if (hex.length() != 32 || !hex.matches("[0-9a-fA-F]{32}")) {
            return Optional.empty();
        }
        return Optional.of(format(hex.toLowerCase(Locale.ROOT)));
    }

    private static String format(String hex) {
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20);
    }

    /** Python's {@code int(value)} as Django's IntegerField applies it to a lookup value. */
    static Optional<Integer> pythonInt(JsonNode v) {
        try {
            if (v.isIntegralNumber()) {
                return Optional.of(v.bigIntegerValue().intValueExact());
            }
            if (v.isNumber()) {
                return Optional.of((int) v.doubleValue());
            }
            if (v.isString()) {
                return Optional.of(Integer.parseInt(v.stringValue().strip().replace("_", "")));
            }
        } catch (ArithmeticException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
