package dev.akconf.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.kinds.Kind;
import dev.akconf.kinds.ResourceKey;
import dev.akconf.plan.Action;
import dev.akconf.diff.FieldChange;
import dev.akconf.plan.Plan;
import dev.akconf.plan.ResourceChange;
import dev.akconf.plan.RuleFinding;
import dev.akconf.plan.Unmanaged;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

/** The Markdown plan fits one pull-request comment however large the plan. */
class PlanMarkdownBudgetTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static ResourceChange update(int i) {
        // Server text with characters Markdown escapes, so the budget is measured after escaping.
        return new ResourceChange(new ResourceKey(Kind.PROXY_PROVIDER, String.format("provider <%05d> | *x*", i)), Action.UPDATE,
                String.valueOf(i), List.of(new FieldChange("/access_token_validity", NODES.stringNode("hours=24"),
                        NODES.stringNode("hours=12"), false)), "fp", NODES.objectNode(), "config/p.yaml:" + i + ":1", Map.of());
    }

    private static Plan plan(int changes, int unmanaged, List<RuleFinding> findings) {
        List<ResourceChange> list = new ArrayList<>();
        for (int i = 0; i < changes; i++) {
            list.add(update(i));
        }
        List<Unmanaged> others = new ArrayList<>();
        for (int i = 0; i < unmanaged; i++) {
            others.add(new Unmanaged(Kind.APPLICATION, "app-" + i, "id-" + i));
        }
        return new Plan("test", "https://authentik.test/api/v3", "2026.2.2", Instant.EPOCH, list, others)
                .withFindings(findings, Set.of());
    }

    private static String render(Plan plan, String file) {
        StringWriter out = new StringWriter();
        new PlanMarkdown(file).render(plan, new PrintWriter(out));
        return out.toString();
    }

    @Test
    void tenThousandChangesAreShortenedWithANoteAndKeepTheProtectedOnes() {
        RuleFinding late = new RuleFinding("AK002", update(9_876).key(), "access_token_validity grows");
        String md = render(plan(10_000, 5_000, List.of(late)), "plan.json");
        assertTrue(md.length() <= CommentBudget.CHARACTERS, () -> md.length() + " characters");
        assertTrue(md.length() > CommentBudget.CHARACTERS - 5_000, "as many changes as fit: " + md.length());
        assertTrue(md.contains("**Plan: 0 to add, 10000 to change, 0 to destroy.**"), md.substring(0, 500));
        int shown = md.split("\\| `~` \\|", -1).length - 1;
        assertTrue(shown > 10 && shown < 10_000, "changes shown: " + shown);
        int listed = md.split("\n- Application ", -1).length - 1;
        assertTrue(md.contains("> **Shortened to fit one comment** (60,000 characters): " + String.format("%,d", 10_000 - shown)
                + " of 10,000 changed resources, " + String.format("%,d", 5_000 - listed) + " unmanaged objects are not shown here. "
                + "The full plan: it is in the plan file `plan.json` (`akconf show` prints it)."), md.substring(0, 1500));
        assertTrue(md.contains("- … and " + String.format("%,d", 5_000 - listed) + " more"));
        assertTrue(md.contains("> **AK002** ProxyProvider `provider <09876> | *x*`"), "the finding is kept");
        assertTrue(md.contains("provider &lt;09876&gt;"), "the protected change is shown, though it is late in the plan");
        assertTrue(md.contains("5,000 unmanaged object(s)"));
    }

    @Test
    void withoutAPlanFileTheNoteSaysHowToGetOne() {
        String md = render(plan(10_000, 0, List.of()), null);
        assertTrue(md.contains("The full plan: save it with `akconf plan --out plan.json` and print it with `akconf show plan.json`."));
    }

    @Test
    void aPlanThatFitsIsNotShortened() {
        String md = render(plan(20, 30, List.of()), "plan.json");
        assertFalse(md.contains("Shortened"), md);
        assertEquals(20, md.split("\\| `~` \\|", -1).length - 1);
        assertEquals(30, md.split("\n- Application ", -1).length - 1);
    }

    @Test
    void theBudgetCountsCharactersNotBytes() {
        // Each é is two bytes in UTF-8 and one character: a byte count would shorten this plan, a character count must not.
        StringWriter out = new StringWriter();
        Plan p = plan(0, 0, List.of());
        List<Unmanaged> wide = new ArrayList<>();
        for (int i = 0; i < 700; i++) {
            wide.add(new Unmanaged(Kind.APPLICATION, "é".repeat(30) + i, "" + i));
        }
        p = new Plan(p.akconfVersion(), p.target(), p.serverVersion(), p.createdAt(), p.changes(), wide);
        new PlanMarkdown("plan.json").render(p, new PrintWriter(out));
        String md = out.toString();
        assertTrue(md.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > CommentBudget.CHARACTERS, "the test needs more bytes than the budget");
        assertTrue(md.length() <= CommentBudget.CHARACTERS);
        assertFalse(md.contains("Shortened"), () -> md.substring(0, 600));
    }
}
