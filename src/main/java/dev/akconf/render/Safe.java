package dev.akconf.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The one escaping step for text akconf did not write itself: object names, slugs, pks and field
 * values read from Authentik, Authentik's error and field messages, {@code Location} headers, and
 * names from the configuration. Every renderer routes such text through here before it reaches a
 * terminal, a Markdown comment or JUnit XML (JSON: {@link SafeJson}), so a name cannot clear the
 * screen, set the window title, hide a link, overwrite a line with {@code \r}, start a fake
 * {@code Plan: 0 to add} line, close a code span or a {@code <details>} block, or ping {@code @everyone}.
 *
 * <p>What counts as dangerous, everywhere: C0 controls and DEL (ESC starts ANSI/OSC sequences, CR
 * and LF start lines), C1 controls (U+0080-U+009F: CSI and OSC have one-byte forms), the Unicode
 * line and paragraph separators, bidirectional overrides and isolates (U+202A-U+202E,
 * U+2066-U+2069, LRM, RLM, ALM: "Trojan Source" reordering), lone surrogates and the
 * non-characters U+FFFE/U+FFFF (not valid XML). They are shown as {@code \r}, {@code \n},
 * {@code \x1b} or {@code \u202e}, so the reader sees that they are there. A tab is left as it is.
 */
public final class Safe {

    private Safe() {
    }

    /** One line for a terminal or a log: every dangerous character made visible ({@code \x1b}, {@code \n}). */
    public static String text(String s) {
        if (s == null) {
            return null;
        }
        if (clean(s)) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else if (dangerous(c)) {
                sb.append(visible(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** {@code Kind "name"}, escaped (the name as shown: a sensitive one masked). */
    public static String key(dev.akconf.kinds.ResourceKey key) {
        return text(String.valueOf(key));
    }

    /** A multi-line value as lines, each escaped: the structure stays a diff, no line can carry a control. */
    public static List<String> lines(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        lines.forEach(l -> out.add(text(l)));
        return out;
    }

    /** JUnit XML attribute or text (one line): {@link #text}; the XML writer then escapes {@code <&">}. */
    public static String xml(String s) {
        return text(s);
    }

    /**
     * A Markdown code span holding {@code s} exactly (no HTML, link, emphasis or mention is rendered in
     * one): line breaks become spaces, other controls visible, the fence longer than any run of
     * backticks inside. For table cells use {@link #codeCell}.
     */
    public static String code(String s) {
        String t = text(oneLine(s));
        int longest = 0;
        int run = 0;
        for (int i = 0; i < t.length(); i++) {
            run = t.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        // A space pads content that starts or ends with a backtick, or the fence would absorb it.
        boolean pad = t.startsWith("`") || t.endsWith("`") || t.isEmpty();
        return fence + (pad ? " " : "") + t + (pad ? " " : "") + fence;
    }

    /** A code span inside a GFM table cell: as {@link #code}, with {@code |} escaped (GFM splits cells first). */
    public static String codeCell(String s) {
        return code(s).replace("|", "\\|");
    }

    /**
     * Plain Markdown text (a table cell, a list item, inside {@code <summary>}): one line, HTML-escaped,
     * ASCII punctuation backslash-escaped so nothing is a link, image, emphasis, heading or cell
     * border, and {@code @mentions}, {@code #refs} and bare URLs broken by a zero-width space.
     */
    public static String markdown(String s) {
        String t = text(oneLine(s));
        StringBuilder sb = new StringBuilder(t.length() + 16);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (entity(sb, t, i)) {
                continue;
            }
            if (c == '.') {
                sb.append(i >= 3 && t.regionMatches(true, i - 3, "www", 0, 3) ? "&#8203;." : ".");
            } else {
                if (c < 0x80 && "\\`*_{}[]()+-!|~=$%^".indexOf(c) >= 0) {
                    sb.append('\\');
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Text inside an HTML element of a Markdown comment ({@code <summary>}): a type-6 HTML block, where
     * Markdown is not parsed (a backslash would show) but HTML is, and GitHub still links mentions.
     * One line (a blank line would end the block), entities for {@code <>&"'}, mentions broken.
     */
    public static String html(String s) {
        String t = text(oneLine(s));
        StringBuilder sb = new StringBuilder(t.length() + 16);
        for (int i = 0; i < t.length(); i++) {
            if (!entity(sb, t, i)) {
                sb.append(t.charAt(i));
            }
        }
        return sb.toString();
    }

    /**
     * What Markdown text and HTML text escape alike: entities for {@code <>&"'}, and a zero-width
     * space after {@code @}, {@code #} and the {@code :} of {@code ://} (GitHub links mentions,
     * issue refs and bare URLs after rendering). Whether it wrote the character at {@code i}.
     */
    private static boolean entity(StringBuilder sb, String t, int i) {
        switch (t.charAt(i)) {
            case '&' -> sb.append("&amp;");
            case '<' -> sb.append("&lt;");
            case '>' -> sb.append("&gt;");
            case '"' -> sb.append("&quot;");
            case '\'' -> sb.append("&#39;");
            case '@' -> sb.append("@&#8203;");
            case '#' -> sb.append("#&#8203;");
            case ':' -> sb.append(t.startsWith("//", i + 1) ? ":&#8203;" : ":");
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Line breaks of every kind as one space, for the one-line Markdown contexts. */
    private static String oneLine(String s) {
        if (s == null) {
            return "null";
        }
        return s.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ').replace('\u2028', ' ').replace('\u2029', ' ')
                .replace('\u0085', ' ');
    }

    private static boolean clean(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++; // a pair (an emoji) is one ordinary character
            } else if (dangerous(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code c} (a non-surrogate-pair char) must not reach output raw. */
    public static boolean dangerous(char c) {
        // A tab only moves to the next tab stop: kept, so tab-indented expressions still diff as written.
        return (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f)
                || c == '\u2028' || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200e' || c == '\u200f' || c == '\u061c'
                || c == '\ufffe' || c == '\uffff'
                || Character.isSurrogate(c);
    }

    private static String visible(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            default -> c <= 0xff ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c);
        };
    }
}
