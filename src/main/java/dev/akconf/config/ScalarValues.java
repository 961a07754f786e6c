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
        if (tag == null) {
            if (!event.isPlain() || startsLikeAWord(value)) {
                return NODES.stringNode(value);
            }
            tag = RESOLVER.resolve(value, true);
        }
        if (tag == null) {
            throw new IllegalStateException("unreachable: unresolved tag");
        }
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
            return integer(value);
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

    private static JsonNode integer(String text) {
        String t = text.replace("_", "");
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
            return NODES.numberNode(Double.parseDouble(text));
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
            super("unsupported YAML tag " + tag + (tag.startsWith("!") && !tag.startsWith("!!")
                    ? " (Blueprint tags such as !Find are not akconf syntax: reference objects by name)" : ""),
                    null, false, false);
            this.origin = origin;
        }
    }
}
