package dev.akconf.config;

import dev.akconf.model.Origin;
import java.math.BigInteger;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Types YAML scalars by the YAML 1.2 core schema: {@code yes}/{@code on} stay strings, {@code ~} and an
 * empty value are null, quoted scalars are always strings.
 */
final class ScalarValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ScalarResolver RESOLVER = new CoreSchema().getScalarResolver();

    private ScalarValues() {
    }

    static JsonNode resolve(ScalarEvent event, Origin at) {
        String value = event.getValue();
        Tag tag = event.getTag().map(ScalarValues::explicitTag).orElse(null);
        if (tag != null) {
            return tagged(tag, value, at, event.getTag().get());
        }
        if (!event.isPlain() || startsLikeAWord(value)) {
            return NODES.stringNode(value);
        }
        tag = RESOLVER.resolve(value, true);
        // The core schema resolver tags a plain ${VAR} as !ENV_VARIABLE; akconf substitutes those itself.
        if (tag.equals(Tag.STR) || tag.equals(Tag.ENV_TAG)) {
            return NODES.stringNode(value);
        }
        if (tag.equals(Tag.NULL)) {
            return NODES.nullNode();
        }
        if (tag.equals(Tag.BOOL)) {
            return NODES.booleanNode(value.equalsIgnoreCase("true"));
        }
        if (tag.equals(Tag.INT)) {
            return integer(value, at);
        }
        if (tag.equals(Tag.FLOAT)) {
            return decimal(value);
        }
        throw new UnsupportedTagException(at, event.getTag().orElse(tag.getValue()));
    }

    /**
     * Whether a plain scalar is a string without asking the resolver, whose regexes cost a tenth of
     * reading a large file: in the core schema only null ({@code n}, {@code N}, {@code ~}), booleans
     * ({@code t}, {@code T}, {@code f}, {@code F}), numbers and {@code ${VAR}} have an implicit type,
     * so a scalar starting with any other ASCII letter ({@code kind}, {@code https://...}) is a string.
     */
    static boolean startsLikeAWord(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char c = value.charAt(0);
        boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        return letter && "nNtTfF".indexOf(c) < 0;
    }

    private static Tag explicitTag(String tag) {
        return switch (tag) {
            case "!", "tag:yaml.org,2002:str" -> Tag.STR;
            case "tag:yaml.org,2002:int" -> Tag.INT;
            case "tag:yaml.org,2002:float" -> Tag.FLOAT;
            case "tag:yaml.org,2002:bool" -> Tag.BOOL;
            case "tag:yaml.org,2002:null" -> Tag.NULL;
            default -> new Tag(tag);
        };
    }

    /**
     * A scalar with an explicit tag, honoured exactly as the YAML 1.2 core schema defines the tag
     * (https://yaml.org/spec/1.2.2/#1032-tag-resolution) or refused at its position: {@code !!int abc}
     * or {@code !!bool TRUE_ish} is a mistake to point at, not a value to guess (false, null, 0).
     * {@code !!str} and {@code !} make anything a string; tags outside the core schema are refused.
     */
    private static JsonNode tagged(Tag tag, String value, Origin at, String written) {
        if (tag.equals(Tag.STR)) {
            return NODES.stringNode(value);
        }
        if (tag.equals(Tag.NULL)) {
            if (NULL.matcher(value).matches()) {
                return NODES.nullNode();
            }
            throw invalid(at, "!!null", value, "null, Null, NULL, ~ or nothing");
        }
        if (tag.equals(Tag.BOOL)) {
            if (BOOL.matcher(value).matches()) {
                return NODES.booleanNode(value.equalsIgnoreCase("true"));
            }
            throw invalid(at, "!!bool", value, "true, True, TRUE, false, False or FALSE");
        }
        if (tag.equals(Tag.INT)) {
            if (INT.matcher(value).matches()) {
                return integer(value, at);
            }
            throw invalid(at, "!!int", value, "an integer such as 42, -7, 0o17 or 0x1F");
        }
        if (tag.equals(Tag.FLOAT)) {
            boolean decimal = FLOAT.matcher(value).matches(); // the core float pattern covers decimal integers too
            if (decimal && Double.isFinite(Double.parseDouble(value))) {
                return NODES.numberNode(Double.parseDouble(value));
            }
            if (decimal) {
                throw new UnsupportedTagException(at, "!!float " + shown(value) + " is too large for a number", true);
            }
            if (SPECIAL_FLOAT.matcher(value).matches()) {
                throw new UnsupportedTagException(at, "!!float " + shown(value) + " is not a number JSON can carry (no Authentik field takes .inf or .nan)", true);
            }
            throw invalid(at, "!!float", value, "a number such as 1.5, -2 or 6.02e23");
        }
        throw new UnsupportedTagException(at, written);
    }

    // The core schema's regular expressions (YAML 1.2.2, 10.3.2), nothing wider: no 1_000, no 0b1, no yes/no.
    private static final java.util.regex.Pattern NULL = java.util.regex.Pattern.compile("null|Null|NULL|~|");
    private static final java.util.regex.Pattern BOOL = java.util.regex.Pattern.compile("true|True|TRUE|false|False|FALSE");
    private static final java.util.regex.Pattern INT = java.util.regex.Pattern.compile("[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+");
    private static final java.util.regex.Pattern FLOAT = java.util.regex.Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final java.util.regex.Pattern SPECIAL_FLOAT = java.util.regex.Pattern.compile("[-+]?\\.(inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN");

    private static UnsupportedTagException invalid(Origin at, String tag, String value, String expected) {
        return new UnsupportedTagException(at, tag + " " + shown(value) + " is not a valid " + tag.substring(2)
                + " in YAML 1.2 (expected " + expected + "); remove the tag or fix the value", true);
    }

    /** The offending value, quoted, cut short and with controls visible (it is printed in a diagnostic). */
    private static String shown(String value) {
        String v = value.length() > 40 ? value.substring(0, 40) + "..." : value;
        StringBuilder sb = new StringBuilder("\"");
        v.codePoints().forEach(c -> sb.append(c < 0x20 || c == 0x7f ? String.format("\\x%02x", c) : Character.toString(c)));
        return sb.append('"').toString();
    }

    private static JsonNode integer(String text, Origin at) {
        String t = text;
        int sign = 1;
        if (t.startsWith("-") || t.startsWith("+")) {
            sign = t.startsWith("-") ? -1 : 1;
            t = t.substring(1);
        }
        BigInteger v;
        if (t.startsWith("0x")) {
            v = new BigInteger(t.substring(2), 16);
        } else if (t.startsWith("0o")) {
            v = new BigInteger(t.substring(2), 8);
        } else {
            v = new BigInteger(t);
        }
        v = sign < 0 ? v.negate() : v;
        return v.bitLength() < 64 ? NODES.numberNode(v.longValue()) : NODES.numberNode(v);
    }

    private static JsonNode decimal(String text) {
        try {
            double d = Double.parseDouble(text);
            // 1e400 is Infinity, which JSON cannot carry: kept as text, like .inf, for the schema to name.
            return Double.isFinite(d) ? NODES.numberNode(d) : NODES.stringNode(text);
        } catch (NumberFormatException e) {
            // .inf / .nan: no Authentik field takes them; keep the text so the schema names the field.
            return NODES.stringNode(text);
        }
    }

    /** An explicit tag akconf does not understand (e.g. {@code !!binary} or Authentik Blueprint tags like {@code !Find}). */
    static final class UnsupportedTagException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Origin origin;

        UnsupportedTagException(Origin origin, String tag) {
            super("unsupported YAML tag " + shortTag(tag) + (tag.startsWith("!") && !tag.startsWith("!!")
                    ? " (Blueprint tags such as !Find are not akconf syntax: reference objects by name)"
                    : " (akconf takes the YAML 1.2 core schema's !!str, !!int, !!float, !!bool, !!null, !!map and !!seq)"),
                    null, false, false);
            this.origin = origin;
        }

        UnsupportedTagException(Origin origin, String message, boolean plain) {
            super(message, null, false, false);
            this.origin = origin;
        }

        private static String shortTag(String tag) {
            return tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring("tag:yaml.org,2002:".length()) : tag;
        }
    }
}
