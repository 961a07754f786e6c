package dev.akconf.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.drift.DriftAnalyzer;
import dev.akconf.kinds.Kind;
import dev.akconf.kinds.ResourceKey;
import dev.akconf.plan.Action;
import dev.akconf.diff.FieldChange;
import dev.akconf.plan.Plan;
import dev.akconf.plan.ResourceChange;
import dev.akconf.plan.Unmanaged;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

/** The drift report is a drift report: headed by its verdict, never "Plan:". */
class DriftMarkdownHeadTest {

    @Test
    void theDriftReportIsHeadedByItsVerdict() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        Plan plan = new Plan("test", "https://ak/api/v3", "2026.2.2", Instant.EPOCH, List.of(
                new ResourceChange(new ResourceKey(Kind.PROXY_PROVIDER, "p"), Action.UPDATE, "1", List.of(
                        new FieldChange("/cookie_domain", nodes.stringNode("a"), nodes.stringNode("b"), false)),
                        "sha256:x", nodes.objectNode(), "p.yaml:1:1", Map.of())),
                List.of(new Unmanaged(Kind.OUTPOST, "o", "u")));
        StringWriter out = new StringWriter();
        new DriftMarkdown().render(DriftAnalyzer.analyze(plan, List.of(), false), new PrintWriter(out));
        String md = out.toString();
        assertTrue(md.startsWith("### akconf drift\n\nAuthentik 2026.2.2 at `https://ak/api/v3`\n\n**Drift: 1 changed"), md);
        assertFalse(md.contains("Plan:"), md);
        assertFalse(md.contains("**No changes.**"), md);
    }
}
