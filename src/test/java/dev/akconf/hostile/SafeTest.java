package dev.akconf.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.akconf.render.Safe;
import dev.akconf.render.SafeJson;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** Golden cases for the one escaping step: what each attack becomes in each output. */
class SafeTest {

    @Test
    void textShowsEveryControlCharacter() {
        assertEquals("\\x1b[2J", Safe.text("\u001b[2J"));
        assertEquals("\\x1b]0;pwned\\x07", Safe.text("\u001b]0;pwned\u0007"), "OSC window title");
        assertEquals("\\x1b]8;;https://evil\\x1b\\x\\x1b]8;;\\x1b\\", Safe.text("\u001b]8;;https://evil\u001b\\x\u001b]8;;\u001b\\"), "OSC 8 hyperlink");
        assertEquals("ok\\rPlan: 0 to add", Safe.text("ok\rPlan: 0 to add"));
        assertEquals("a\\nPlan: 0 to add, 0 to change, 0 to destroy.", Safe.text("a\nPlan: 0 to add, 0 to change, 0 to destroy."));
        assertEquals("\\x9b2J \\x9d0;t \\x85 \\x7f \\x00 \t", Safe.text("\u009b2J \u009d0;t \u0085 \u007f \u0000 \t"), "C1 CSI/OSC/NEL, DEL, NUL; a tab stays");
        assertEquals("abc\\u202edcba\\u2066\\u2069\\u200f\\u2028", Safe.text("abc\u202edcba\u2066\u2069\u200f\u2028"), "bidi and separators");
        assertEquals("\\ud800x", Safe.text("\ud800x"), "a lone surrogate");
    }

    @Test
    void ordinaryTextIsUntouched() {
        String s = "Domain wide catch all é 日本 😀 <b> | ` @x";
        assertSame(s, Safe.text(s));
    }

    @Test
    void linesKeepTheirStructure() {
        assertEquals(List.of("+a\\rb", "-c"), Safe.lines(List.of("+a\rb", "-c")));
    }

    @Test
    void codeSpansCannotBeClosed() {
        assertEquals("`plain`", Safe.code("plain"));
        assertEquals("``a`b``", Safe.code("a`b"));
        assertEquals("````x ```y````", Safe.code("x ```y"));
        assertEquals("`` `x ``", Safe.code("`x"));
        assertEquals("`a  </details> # b`", Safe.code("a\n\n</details>\n# b"), "blank lines become spaces: the span stays one line");
        assertEquals("`a\\|b`", Safe.codeCell("a|b"));
        assertEquals("`\\x1b[2J`", Safe.code("\u001b[2J"));
    }

    @Test
    void markdownTextRendersNothing() {
        assertEquals("&lt;img src=x onerror=alert(1)&gt;".replace("(", "\\(").replace(")", "\\)").replace("=", "\\="),
                Safe.markdown("<img src=x onerror=alert(1)>"));
        assertEquals("@&#8203;everyone", Safe.markdown("@everyone"));
        assertEquals("\\[click\\]\\(https:&#8203;//evil\\)", Safe.markdown("[click](https://evil)"));
        assertEquals("a \\| b \\`c\\` \\*d\\* \\_e\\_", Safe.markdown("a | b `c` *d* _e_"));
        assertEquals("x  #&#8203;#&#8203; heading &lt;/details&gt;", Safe.markdown("x\n\n## heading </details>"));
        assertEquals("www&#8203;.evil\\.example".replace("\\.", "."), Safe.markdown("www.evil.example"));
        assertFalse(Safe.markdown("a\r\nb\u2028c").contains("\n"));
    }

    @Test
    void htmlContextsEscapeWithoutBackslashes() {
        assertEquals("&lt;/summary&gt;&lt;/details&gt; &lt;img onerror=x&gt; @&#8203;here a`b|c", Safe.html("</summary></details>\n<img onerror=x> @here a`b|c"));
        assertEquals("&quot;&#39;&amp;", Safe.html("\"'&"));
    }

    @Test
    void jsonEscapesWhatJacksonLeavesRaw() {
        JsonNode v = JsonNodeFactory.instance.stringNode("a\u001b[2J\u007f\u009b\u202e\u2028é😀");
        String json = SafeJson.MAPPER.writeValueAsString(v);
        assertEquals("\"a\\u001B[2J\\u007F\\u009b\\u202e\\u2028é😀\"".toLowerCase(), json.toLowerCase());
        assertEquals(v, SafeJson.MAPPER.readTree(json), "the same value to every reader");
    }
}
