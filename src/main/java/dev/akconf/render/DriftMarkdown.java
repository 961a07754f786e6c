package dev.akconf.render;

import dev.akconf.drift.DriftReport;
import dev.akconf.drift.IgnoreRule;
import dev.akconf.drift.IgnoredItem;
import java.io.PrintWriter;

/** The drift report as Markdown (an issue or a job summary): the plan's view, then ignored items and the verdict. */
public final class DriftMarkdown {

    public void render(DriftReport report, PrintWriter out) {
        // The plan's view under drift's own heading and verdict: this report is not a plan.
        new PlanMarkdown(null, "akconf drift", "**" + Safe.markdown(DriftText.verdict(report, Style.PLAIN)) + "**",
                "`akconf drift --output json` lists everything").render(report.plan(), out);
        if (!report.ignored().isEmpty()) {
            out.println();
            out.println("<details><summary>" + report.ignored().size() + " ignored difference(s) (known exceptions)</summary>");
            out.println();
            for (IgnoredItem i : report.ignored()) {
                out.println("- " + Safe.markdown(DriftLines.ignored(i)));
            }
            out.println();
            out.println("</details>");
        }
        if (!report.unusedRules().isEmpty()) {
            out.println();
            out.println("Ignore rules that matched nothing (remove them if the exception is gone):");
            out.println();
            for (IgnoreRule r : report.unusedRules()) {
                out.println("- " + Safe.markdown(r.describe()) + " (" + Safe.markdown(r.origin().toString()) + ")");
            }
        }
        out.flush();
    }
}
