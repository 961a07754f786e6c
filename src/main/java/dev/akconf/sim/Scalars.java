package dev.akconf.sim;

import java.util.Collection;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.StringNode;

/**
 * DRF's scalar serializer fields with their exact error texts (rest_framework/fields.py
 * CharField, BooleanField, ChoiceField), plus the model validators Authentik attaches
 * to some of them. Each method records errors in the body and returns the parsed value, or null
 * when the field was absent or invalid.
 */
final class Scalars {

    private static final Set<String> TRUE = Set.of("t", "T", "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE",
            "on", "On", "ON", "1");
    private static final Set<String> FALSE = Set.of("f", "F", "n", "N", "no", "No", "NO", "false", "False", "FALSE",
            "off", "Off", "OFF", "0");
    /** IntegerField.re_decimal: a trailing ".0..." (and blanks) is dropped before int(). */
    private static final Pattern TRAILING_DECIMAL = Pattern.compile("\\.0*\\s*$");
    /** What Python's int() accepts: blanks around, a sign, digits with single underscores between. */
    private static final Pattern PY_INT = Pattern.compile("^\\s*[+-]?\\d+(_\\d+)*\\s*$");

    private Scalars() {
    }

    /**
     * CharField: numbers become their text, booleans/lists/objects are "Not a valid string.", and the
     * value is stripped (trim_whitespace=True is DRF's default, so " x\n" is stored as "x").
     */
    static JsonNode string(Body b, String f, boolean required, boolean allowBlank, boolean allowNull) {
        JsonNode v = b.begin(f, required, allowNull);
        if (v == null || v.isNull()) {
            return v;
        }
        // CharField.run_validation checks blankness on str(data) before the type check.
        if (PyRepr.str(v).strip().isEmpty()) {
            if (!allowBlank) {
                b.errors.add(f, "This field may not be blank.");
                return null;
            }
            return StringNode.valueOf("");
        }
        if (v.isBoolean() || v.isArray() || v.isObject()) {
            b.errors.add(f, "Not a valid string.");
            return null;
        }
        return StringNode.valueOf(PyRepr.str(v).strip());
    }

    static JsonNode bool(Body b, String f, boolean required) {
        JsonNode v = b.begin(f, required, false);
        if (v == null) {
            return null;
        }
        if (v.isBoolean()) {
            return v;
        }
        String key = v.isString() ? v.stringValue() : v.isNumber() && v.doubleValue() == 1 ? "1"
                : v.isNumber() && v.doubleValue() == 0 ? "0" : null;
        if (key != null && TRUE.contains(key)) {
            return BooleanNode.TRUE;
        }
        if (key != null && FALSE.contains(key)) {
            return BooleanNode.FALSE;
        }
        b.errors.add(f, "Must be a valid boolean.");
        return null;
    }

    static JsonNode choice(Body b, String f, boolean required, Collection<String> choices) {
        JsonNode v = b.begin(f, required, false);
        if (v == null) {
            return null;
        }
        String key = PyRepr.str(v);
        if (v.isBoolean() || v.isArray() || v.isObject() || !choices.contains(key)) {
            b.errors.add(f, "\"" + key + "\" is not a valid choice.");
            return null;
        }
        return StringNode.valueOf(key);
    }

    /**
     * A duration string checked by timedelta_string_validator (authentik/lib/utils/time.py), a model
     * validator that runs after DRF stripped the text. An OverflowError ("hours=inf",
     * "days=1000000000") escapes the validator, which catches only ValueError: a 500.
     */
    static JsonNode duration(Body b, String f, boolean required) {
        JsonNode v = string(b, f, required, false, false);
        if (v == null) {
            return null;
        }
        PyTimedelta.Result r = PyTimedelta.parse(v.stringValue());
        if (r instanceof PyTimedelta.Overflow o) {
            throw new ServerFault("OverflowError: " + o.why());
        }
        if (r instanceof PyTimedelta.Invalid) {
            b.errors.add(f, PyTimedelta.message(v.stringValue()));
            return null;
        }
        return v;
    }

    /** A URL checked by Authentik's DomainlessURLValidator (blank allowed only if the model allows it). */
    static JsonNode url(Body b, String f, boolean required, boolean allowBlank, Set<String> schemes) {
        JsonNode v = string(b, f, required, allowBlank, false);
        if (v != null && !v.stringValue().isEmpty() && !UrlCheck.valid(v.stringValue(), schemes)) {
            b.errors.add(f, "Enter a valid URL.");
            return null;
        }
        return v;
    }

    /**
     * IntegerField with the model's bounds: {@code int(re_decimal.sub("", str(data)))}, so 5, "5",
     * 5.0 and " 5.00 " are 5, while 5.5, true and "five" are "A valid integer is required."; then
     * the min/max validators (rest_framework/fields.py IntegerField).
     */
    static JsonNode integer(Body b, String f, boolean required, long min, long max) {
        JsonNode v = b.begin(f, required, false);
        if (v == null) {
            return null;
        }
        java.math.BigInteger n = pythonInt(v);
        if (n == null) {
            b.errors.add(f, "A valid integer is required.");
            return null;
        }
        if (n.compareTo(java.math.BigInteger.valueOf(min)) < 0) {
            b.errors.add(f, "Ensure this value is greater than or equal to " + min + ".");
            return null;
        }
        if (n.compareTo(java.math.BigInteger.valueOf(max)) > 0) {
            b.errors.add(f, "Ensure this value is less than or equal to " + max + ".");
            return null;
        }
        return n.bitLength() < 32 ? tools.jackson.databind.node.IntNode.valueOf(n.intValue())
                : tools.jackson.databind.node.LongNode.valueOf(n.longValue());
    }

    private static java.math.BigInteger pythonInt(JsonNode v) {
        if (v.isIntegralNumber()) {
            return v.bigIntegerValue();
        }
        if (v.isNumber()) {
            // json.loads gives a float; str(float) is "5.0" below 1e16, exponent notation above.
            double d = v.doubleValue();
            return Double.isFinite(d) && d == Math.rint(d) && Math.abs(d) < 1e16
                    ? java.math.BigDecimal.valueOf(d).toBigInteger() : null;
        }
        if (!v.isString() || v.stringValue().length() > 1000) {
            return null;
        }
        String s = TRAILING_DECIMAL.matcher(v.stringValue()).replaceFirst("");
        return PY_INT.matcher(s).matches() ? new java.math.BigInteger(s.strip().replace("_", "")) : null;
    }
}
