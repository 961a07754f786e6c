package dev.akconf.render;

import dev.akconf.apply.ApplyResult;
import dev.akconf.drift.DriftReport;
import dev.akconf.plan.Plan;

/**
 * A command's result on stdout in one output format (Terraform's {@code internal/command/views} as
 * the model): each command chooses its view once, from {@code --output}, and hands it values; the
 * implementations ({@link TextView}, {@link JsonView}, {@link MarkdownView}) are the only code that
 * writes a result. Diagnostics and progress lines go to stderr through {@link Notices}, whatever the
 * format, so a JSON result stays JSON.
 */
public interface View {

    /** The plan (plan, show). */
    void plan(Plan plan);

    /** The plan apply is about to apply, before it asks or writes (only the text view shows it). */
    void planToApply(Plan plan);

    /** What apply did, per resource; {@code target} is the API base URL the writes went to. */
    void applied(ApplyResult result, String target);

    /** The drift report. */
    void drift(DriftReport report);

    /** The validation report (validate has no Markdown view: the command refuses it as usage). */
    void validation(ValidationReport report);
}
