package dev.akconf.render;

import dev.akconf.apply.ApplyResult;
import dev.akconf.drift.DriftReport;
import dev.akconf.plan.Plan;
import java.io.PrintWriter;

/**
 * The human view: colour where the terminal allows it ({@link Style}).
 *
 * @param showUnmanaged list every unmanaged object in a plan ({@code --show-unmanaged}), not only their count
 */
public record TextView(Style style, boolean showUnmanaged, PrintWriter out) implements View {

    @Override
    public void plan(Plan plan) {
        new PlanText(style, showUnmanaged).render(plan, out);
    }

    @Override
    public void planToApply(Plan plan) {
        plan(plan);
        out.println();
    }

    @Override
    public void applied(ApplyResult result, String target) {
        new ApplyText(style).render(result, out);
    }

    @Override
    public void drift(DriftReport report) {
        new DriftText(style).render(report, out);
    }

    @Override
    public void validation(ValidationReport report) {
        new ValidationText(style).render(report, out);
    }
}
