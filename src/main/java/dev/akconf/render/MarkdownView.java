package dev.akconf.render;

import dev.akconf.apply.ApplyResult;
import dev.akconf.drift.DriftReport;
import dev.akconf.plan.Plan;
import java.io.PrintWriter;

/**
 * The pull-request / job-summary view: GitHub- and GitLab-flavoured Markdown, one comment long.
 *
 * @param planFile the plan file a shortened plan comment points to for the full plan, or null
 */
public record MarkdownView(String planFile, PrintWriter out) implements View {

    @Override
    public void plan(Plan plan) {
        new PlanMarkdown(planFile).render(plan, out);
    }

    /** Nothing: the apply table is the comment. */
    @Override
    public void planToApply(Plan plan) {
    }

    @Override
    public void applied(ApplyResult result, String target) {
        new ApplyMarkdown().render(result, out);
    }

    @Override
    public void drift(DriftReport report) {
        new DriftMarkdown().render(report, out);
    }

    @Override
    public void validation(ValidationReport report) {
        throw new IllegalStateException("validate has no Markdown view");
    }
}
