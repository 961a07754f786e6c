package dev.akconf.importer;

import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import tools.jackson.databind.JsonNode;

/**
 * How one scalar is spelled in YAML: plain where that is unambiguous, double-quoted otherwise. A
 * string stays plain only if the YAML 1.2 core schema (akconf's) reads it back as that string and a
 * YAML 1.1 reader (many editors and tools) would not take it for a boolean, null, number or date.
 */
public final class Scalars {

    private static final ScalarResolver CORE = new CoreSchema().getScalarResolver();
    private static final Pattern YAML11_WORDS = Pattern.compile("(?i)y|n|yes|no|on|off|true|false|null|~|=|<<");
    // Numbers, sexagesimals and dates in YAML 1.1 or 1.2 are made of these characters ("512Mi" is not).
    private static final Pattern NUMBER_LIKE = Pattern.compile("[-+.]?[0-9][0-9a-fA-FxXoO_.:+-]*|[0-9]{4}-.*");
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    private Scalars() {
    }

    /** A scalar or an empty collection on one line. */
    public static String inline(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "null";
        }
        if (v.isString()) {
            return string(v.asString());
        }
        if (v.isArray() && v.isEmpty()) {
            return "[]";
        }
        if (v.isObject() && v.isEmpty()) {
            return "{}";
        }
        if (v.isBoolean() || v.isNumber()) {
            return v.asString();
        }
        throw new IllegalArgumentException("not a scalar: " + v.getNodeType());
    }

    public static String string(String s) {
        return plain(s) ? s : quoted(s);
    }

    public static boolean plain(String s) {
        if (s.isEmpty() || !s.equals(s.strip()) || INDICATORS.indexOf(s.charAt(0)) >= 0 || s.startsWith("...")) {
            return false;
        }
        if (s.contains(": ") || s.contains(" #") || s.endsWith(":") || YAML11_WORDS.matcher(s).matches()
                || NUMBER_LIKE.matcher(s).matches()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (needsEscape(s.charAt(i)) || s.charAt(i) == '\t') {
                return false;
            }
        }
        return Tag.STR.equals(CORE.resolve(s, true));
    }

    /** A YAML double-quoted scalar: JSON's escapes, which YAML shares, and \\u for anything unprintable. */
    public static String quoted(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (needsEscape(c)) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /**
     * The literal block header ({@code |-} or {@code |}) for a multi-line string that a literal
     * block keeps byte for byte, or null when it needs double quotes instead.
     */
    public static String literalHeader(String s) {
        if (!s.contains("\n") || s.startsWith("\n") || s.startsWith(" ") || s.startsWith("\t") || s.endsWith("\n\n")) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\n' && c != '\t' && needsEscape(c)) {
                return null;
            }
        }
        return s.endsWith("\n") ? "|" : "|-";
    }

    /**
     * Characters a YAML stream may not hold raw, or that would be read as line breaks or a BOM, and
     * the bidi overrides that would reorder the file on screen (render.Safe's list, surrogate pairs kept).
     */
    private static boolean needsEscape(char c) {
        return c == '\uFEFF' || (!Character.isSurrogate(c) && dev.akconf.render.Safe.dangerous(c));
    }
}
