package dev.akconf.render;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON whose bytes carry no terminal control, whatever the values hold. Jackson escapes only
 * U+0000-U+001F by default; DEL, the C1 controls, the line separators and the bidi overrides
 * ({@link Safe#dangerous}) would reach a terminal raw on {@code cat plan.json}. Here they are written
 * as {@code \\uXXXX}: still the same JSON value to any reader, so nothing is lost.
 */
public final class SafeJson {

    /** The mapper every JSON output (plan, plan file, apply, drift, validate) writes with. */
    public static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder().characterEscapes(new Escapes()).build()).build();

    private SafeJson() {
    }

    public static String pretty(JsonNode node) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    }

    private static final class Escapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = standardAsciiEscapesForJSON();

        Escapes() {
            ascii[0x7f] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            // Surrogates come one half at a time: a pair (an emoji) stays as it is.
            return ch <= 0xffff && !Character.isSurrogate((char) ch) && Safe.dangerous((char) ch) ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
