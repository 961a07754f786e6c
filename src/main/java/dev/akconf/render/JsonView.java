package dev.akconf.render;

import dev.akconf.apply.ApplyResult;
import dev.akconf.drift.DriftReport;
import dev.akconf.plan.Plan;
import dev.akconf.plan.PlanJson;
import java.io.PrintWriter;

/** The machine view: one JSON document per run (format_version 1, documented in the README). */
public record JsonView(PrintWriter out) implements View {

    @Override
    public void plan(Plan plan) {
        out.println(PlanJson.write(plan, false));
        out.flush();
    }

    /** Nothing: the apply document is the only one on stdout. */
    @Override
    public void planToApply(Plan plan) {
    }

    @Override
    public void applied(ApplyResult result, String target) {
        new ApplyJson().render(result, target, out);
    }

    @Override
    public void drift(DriftReport report) {
        new DriftJson().render(report, out);
    }

    @Override
    public void validation(ValidationReport report) {
        new ValidationJson().render(report, out);
    }
}
