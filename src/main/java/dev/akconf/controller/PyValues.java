package dev.akconf.controller;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import tools.jackson.databind.JsonNode;

/**
 * JSON values seen as Python sees them after {@code json.loads}: how python {@code jsonpatch} 1.33
 * (Authentik 2026.2.2's lock file, {@code uv.lock}) compares them ({@code ==}) and prints them
 * ({@code repr}, {@code str}, {@code type}) in its exception messages.
 *
 * <p>Objects are {@code dict}, arrays {@code list}, strings {@code str}, integral numbers {@code int},
 * other numbers {@code float}, booleans {@code bool} and null {@code None}. Python's {@code ==} is
 * numeric across {@code int}, {@code float} and {@code bool} ({@code True == 1 == 1.0}) and ignores
 * key order in dicts.
 */
final class PyValues {

    private PyValues() {
    }

    /** Python's {@code a == b} for two decoded JSON values. */
    static boolean pyEquals(JsonNode a, JsonNode b) {
        if (isNumberLike(a) && isNumberLike(b)) {
            BigDecimal x = numeric(a);
            BigDecimal y = numeric(b);
            return x != null && y != null ? x.compareTo(y) == 0 : infinities(a, b);
        }
        if (a.isString() && b.isString()) {
            return a.stringValue().equals(b.stringValue());
        }
        if (a.isNull() && b.isNull()) {
            return true;
        }
        if (a.isArray() && b.isArray()) {
            return a.size() == b.size() && IntStream.range(0, a.size()).allMatch(i -> pyEquals(a.get(i), b.get(i)));
        }
        if (a.isObject() && b.isObject()) {
            return a.size() == b.size()
                    && b.properties().stream().allMatch(e -> a.has(e.getKey()) && pyEquals(a.get(e.getKey()), e.getValue()));
        }
        return false;
    }

    /** inf == inf and -inf == -inf in Python; nan equals nothing. */
    private static boolean infinities(JsonNode a, JsonNode b) {
        double x = a.doubleValue();
        double y = b.doubleValue();
        return Double.isInfinite(x) && x == y;
    }

    private static boolean isNumberLike(JsonNode n) {
        return n.isNumber() || n.isBoolean();
    }

    private static BigDecimal numeric(JsonNode n) {
        if (n.isBoolean()) {
            return n.booleanValue() ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (n.isIntegralNumber()) {
            return new BigDecimal(n.bigIntegerValue());
        }
        double d = n.doubleValue();
        // nan and inf never equal a finite number; Python's nan != nan as well.
        return Double.isFinite(d) ? new BigDecimal(d) : null;
    }

    /** Python's {@code type(value)} as printed: {@code <class 'dict'>}. */
    static String type(Object value) {
        return "<class '" + typeName(value) + "'>";
    }

    static String typeName(Object value) {
        if (value instanceof PyPointer.EndOfList) {
            return "jsonpointer.EndOfList";
        }
        JsonNode n = (JsonNode) value;
        return switch (n.getNodeType()) {
            case OBJECT -> "dict";
            case ARRAY -> "list";
            case STRING -> "str";
            case BOOLEAN -> "bool";
            case NUMBER -> n.isIntegralNumber() ? "int" : "float";
            default -> "NoneType";
        };
    }

    /** Python's {@code str(value)}: like repr, except that a string is itself. */
    static String str(Object value) {
        if (value instanceof JsonNode n && n.isString()) {
            return n.stringValue();
        }
        return repr(value);
    }

    /** Python's {@code repr(value)}: {@code {'a': [1, True, None]}}. */
    static String repr(Object value) {
        StringBuilder out = new StringBuilder();
        repr(value, out);
        return out.toString();
    }

    private static void repr(Object value, StringBuilder out) {
        if (value instanceof PyPointer.EndOfList end) {
            out.append("EndOfList(");
            repr(end.list(), out);
            out.append(')');
            return;
        }
        JsonNode n = (JsonNode) value;
        if (n.isObject()) {
            out.append('{');
            Iterator<Map.Entry<String, JsonNode>> it = n.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                out.append(reprString(e.getKey())).append(": ");
                repr(e.getValue(), out);
                if (it.hasNext()) {
                    out.append(", ");
                }
            }
            out.append('}');
        } else if (n.isArray()) {
            out.append('[');
            for (int i = 0; i < n.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                repr(n.get(i), out);
            }
            out.append(']');
        } else if (n.isString()) {
            out.append(reprString(n.stringValue()));
        } else if (n.isBoolean()) {
            out.append(n.booleanValue() ? "True" : "False");
        } else if (n.isIntegralNumber()) {
            out.append(n.bigIntegerValue());
        } else if (n.isNumber()) {
            out.append(reprFloat(n.doubleValue()));
        } else {
            out.append("None");
        }
    }

    /** Python's {@code repr(str)}: single quotes unless the text has one and no double quote. */
    static String reprString(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder().append(quote);
        s.codePoints().forEach(cp -> {
            if (cp == quote || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                out.append("\\t");
            } else if (cp == '\n') {
                out.append("\\n");
            } else if (cp == '\r') {
                out.append("\\r");
            } else if (cp < 0x20 || cp == 0x7f) {
                out.append(String.format(Locale.ROOT, "\\x%02x", cp));
            } else if (cp > 0x7f && !printable(cp)) {
                out.append(cp <= 0xff ? String.format(Locale.ROOT, "\\x%02x", cp)
                        : cp <= 0xffff ? String.format(Locale.ROOT, "\\u%04x", cp)
                        : String.format(Locale.ROOT, "\\U%08x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.append(quote).toString();
    }

    /** Python's {@code str.isprintable()} for one code point: not Cc, Cf, Cs, Co, Cn, Zl, Zp, or Zs other than space. */
    private static boolean printable(int cp) {
        int t = Character.getType(cp);
        return t != Character.CONTROL && t != Character.FORMAT && t != Character.SURROGATE
                && t != Character.PRIVATE_USE && t != Character.UNASSIGNED && t != Character.LINE_SEPARATOR
                && t != Character.PARAGRAPH_SEPARATOR && (t != Character.SPACE_SEPARATOR || cp == ' ');
    }

    /** Python's {@code repr(float)}: shortest digits, exponent form below 1e-4 and from 1e16. */
    static String reprFloat(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0.0" : "0.0";
        }
        BigDecimal v = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        String digits = v.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - v.scale();
        String sign = d < 0 ? "-" : "";
        if (exponent < -4 || exponent >= 16) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format(Locale.ROOT, "%02d", Math.abs(exponent));
        }
        String plain = v.abs().toPlainString();
        return sign + (plain.contains(".") ? plain : plain + ".0");
    }
}
