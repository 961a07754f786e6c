package dev.akconf.render;

import dev.akconf.drift.DriftReport;
import dev.akconf.drift.IgnoreRule;
import dev.akconf.drift.IgnoredItem;
import dev.akconf.plan.Action;
import java.io.PrintWriter;
import java.io.StringWriter;

/** The human drift report: the plan of what differs (as {@code akconf plan} shows it), what was ignored and why, a verdict. */
public record DriftText(Style style) {

    public void render(DriftReport report, PrintWriter out) {
        StringWriter plan = new StringWriter();
        // Unmanaged objects are drift (unless ignored): listed, not only counted as plan does.
        new PlanText(style, true).render(report.plan(), new PrintWriter(plan));
        // The plan view ends with its own summary line ("Plan: …" / "No changes."); the verdict replaces it,
        // so "No changes" never stands above "Drift: 1 unmanaged".
        String body = plan.toString().stripTrailing();
        out.print(body.substring(0, body.lastIndexOf('\n') + 1));
        if (!report.ignored().isEmpty()) {
            out.println("Ignored (known exceptions and akconf.io/ignore, not counted):");
            for (IgnoredItem i : report.ignored()) {
                out.println("    " + DriftLines.ignored(i) + style.dim("  # " + Safe.text(String.valueOf(i.rule().origin()))));
            }
            out.println();
        }
        if (!report.unusedRules().isEmpty()) {
            out.println(style.yellow("Ignore rules that matched nothing (remove them if the exception is gone):"));
            for (IgnoreRule r : report.unusedRules()) {
                out.println("    " + Safe.text(r.describe()) + style.dim("  # " + Safe.text(String.valueOf(r.origin()))));
            }
            out.println();
        }
        out.println(verdict(report, style));
        out.flush();
    }

    /** One line: in sync, or what drifted, counted. */
    static String verdict(DriftReport r, Style style) {
        String ignored = r.ignored().isEmpty() ? "" : " (" + r.ignored().size() + " ignored)";
        if (!r.hasDrift()) {
            String unmanaged = r.plan().unmanaged().isEmpty() ? "" : "; unmanaged objects not counted (--ignore-unmanaged)";
            return style.green("In sync: Authentik matches the configuration" + ignored + unmanaged + ".");
        }
        long security = r.plan().securityChanges();
        return style.red(style.bold("Drift: " + r.count(Action.UPDATE) + " changed, " + r.count(Action.CREATE) + " missing, "
                + r.count(Action.DELETE) + " to delete, " + r.plan().unmanaged().size() + " unmanaged"
                + (r.unmanagedCounted() ? "" : " (not counted)") + ignored + "."
                + (security == 0 ? "" : " " + PlanText.securityCount(security))));
    }
}
