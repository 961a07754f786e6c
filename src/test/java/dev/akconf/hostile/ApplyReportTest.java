package dev.akconf.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.apply.ApplyResult;
import dev.akconf.apply.Outcome;
import dev.akconf.apply.ResourceOutcome;
import dev.akconf.kinds.Kind;
import dev.akconf.kinds.ResourceKey;
import dev.akconf.plan.Action;
import dev.akconf.render.ApplyJson;
import dev.akconf.render.ApplyMarkdown;
import dev.akconf.render.ApplyText;
import dev.akconf.render.Style;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Authentik's error and field messages, as a hostile server would word them, in every apply report. */
class ApplyReportTest {

    private static final String FIELD_ERROR = "Enter a valid URL. `x` | <b>bold</b>\n\n# heading [link](https://evil.example) \u009b31m\u202e";
    /** As ErrorMapper words a 400: status, then the field errors. */
    private static final String MESSAGE = "400 Bad Request: <img src=x onerror=alert(1)>\n\n</details>\r\u001b[2JPlan: 0 to add @everyone | "
            + "external_host: " + FIELD_ERROR;

    private static ApplyResult result() {
        return new ApplyResult(List.of(new ResourceOutcome(new ResourceKey(Kind.PROXY_PROVIDER, "p`|<i>\n\nx"), Action.UPDATE, Outcome.FAILED,
                "7\u001b[31m", MESSAGE, Map.of("external_host\u001b]0;t\u0007", List.of(FIELD_ERROR)), List.of())), List.of());
    }

    @Test
    void markdownTableStaysOneRowAndRendersNoHtml() {
        StringWriter out = new StringWriter();
        new ApplyMarkdown().render(result(), new PrintWriter(out));
        String md = out.toString();
        HostileNamesTest.assertNothingRaw(md);
        List<String> rows = md.lines().filter(l -> l.startsWith("| ProxyProvider")).toList();
        assertEquals(1, rows.size(), md);
        assertTrue(rows.get(0).endsWith(" |"), md);
        String rendered = HostileNamesTest.withoutCodeSpans(md);
        assertFalse(rendered.contains("<img") || rendered.contains("<b>") || rendered.contains("</details>")
                || rendered.contains("@everyone") || rendered.contains("](http"), rendered);
        // The cells split only at our pipes: 4 columns, every other | escaped.
        String row = rows.get(0).replace("\\|", "");
        assertEquals(5, row.chars().filter(c -> c == '|').count(), rows.get(0));
        assertTrue(md.contains("Enter a valid URL."), "Authentik's words are still there: " + md);
    }

    @Test
    void textShowsControlsEvenOnATerminal() {
        StringWriter out = new StringWriter();
        new ApplyText(new Style(true)).render(result(), new PrintWriter(out));
        HostileNamesTest.assertNothingRaw(out.toString());
        assertTrue(out.toString().contains("\\r\\x1b[2JPlan: 0 to add"), out.toString());
        assertEquals(1, out.toString().lines().filter(l -> l.contains("FAILED")).count(), out.toString());
    }

    @Test
    void jsonKeepsTheMessagesExactly() {
        StringWriter out = new StringWriter();
        new ApplyJson().render(result(), "https://x/api/v3", new PrintWriter(out));
        HostileNamesTest.assertNothingRaw(out.toString());
        var root = JsonMapper.builder().build().readTree(out.toString());
        assertEquals(MESSAGE, root.at("/outcomes/0/message").asString());
        assertEquals(FIELD_ERROR, root.at("/outcomes/0/field_errors").properties().iterator().next().getValue().get(0).asString());
    }
}
