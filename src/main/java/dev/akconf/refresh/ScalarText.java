package dev.akconf.refresh;

import dev.akconf.importer.Scalars;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import tools.jackson.databind.JsonNode;

/**
 * A new value written in an old scalar's style where the style can hold it: plain stays plain unless
 * the value needs quotes (then double quotes), single and double quotes stay, literal and folded
 * blocks stay blocks at their indentation. A folded block holds a one-line value only (folding
 * would rewrap the text); a multi-line value there becomes a literal block. Numbers, booleans and
 * null are always plain: quoting them would make them strings.
 */
final class ScalarText {

    private ScalarText() {
    }

    /**
     * @param style  the old scalar's style
     * @param indent for a block scalar: its content's indentation
     * @param eol    the file's line ending
     */
    static String of(JsonNode value, ScalarStyle style, String indent, String eol) {
        if (!value.isString()) {
            return Scalars.inline(value);
        }
        String s = value.asString();
        return switch (style) {
            case SINGLE_QUOTED -> singleQuotable(s) ? "'" + s.replace("'", "''") + "'" : Scalars.quoted(s);
            case DOUBLE_QUOTED -> Scalars.quoted(s);
            case LITERAL, FOLDED -> block(s, style, indent, eol);
            default -> Scalars.string(s);
        };
    }

    /** In flow collections plain scalars may not hold {@code , [ ] { }}. */
    static String flow(JsonNode value) {
        if (value.isString() && value.asString().matches(".*[,\\[\\]{}].*")) {
            return Scalars.quoted(value.asString());
        }
        return Scalars.inline(value);
    }

    /** Single quotes hold any one-line printable text (they have no escapes but ''). */
    private static boolean singleQuotable(String s) {
        String simple = "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        return Scalars.quoted(s).equals(simple);
    }

    private static String block(String s, ScalarStyle style, String indent, String eol) {
        // A block holds the text byte for byte only without leading blanks, trailing blank lines or
        // characters that must be escaped (import's rule, Scalars.literalHeader): else double quotes.
        if (s.isBlank() || Scalars.literalHeader(s.endsWith("\n") ? s : s + "\n") == null) {
            return Scalars.quoted(s);
        }
        boolean oneLine = s.indexOf('\n') < 0 || s.indexOf('\n') == s.length() - 1;
        String chomp = s.endsWith("\n") ? "" : "-";
        String header = (style == ScalarStyle.FOLDED && oneLine ? ">" : "|") + chomp;
        String body = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
        List<String> lines = new ArrayList<>();
        for (String line : body.split("\n", -1)) {
            lines.add(line.isEmpty() ? "" : indent + line);
        }
        return header + eol + String.join(eol, lines);
    }
}
