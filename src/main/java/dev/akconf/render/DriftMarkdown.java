package dev.akconf.render;

import dev.akconf.drift.DriftReport;
import dev.akconf.drift.IgnoreRule;
import dev.akconf.drift.IgnoredItem;
import java.io.PrintWriter;
import java.io.StringWriter;

/** The drift report as Markdown (an issue or a job summary): the plan's view, then ignored items and the verdict. */
public final class DriftMarkdown {

    public void render(DriftReport report, PrintWriter out) {
        StringWriter plan = new StringWriter();
        new PlanMarkdown().render(report.plan(), new PrintWriter(plan));
        // The plan's own heading would call this a plan; everything under it is the same view.
        out.print(plan.toString().replaceFirst("^### akconf plan", "### akconf drift"));
        out.println();
        out.println("**" + DriftText.verdict(report, Style.PLAIN) + "**");
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
