package dev.akconf.cli;

import dev.akconf.apply.ApplyResult;
import dev.akconf.authentik.AuthentikClient;
import dev.akconf.authentik.RetryPolicy;
import dev.akconf.config.LoadedConfig;
import dev.akconf.pipeline.Gate;
import dev.akconf.pipeline.Pipeline;
import dev.akconf.plan.Plan;
import dev.akconf.render.DemoText;
import dev.akconf.render.Style;
import dev.akconf.render.TextView;
import dev.akconf.render.ValidationReport;
import dev.akconf.render.View;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The demo's steps against a running simulator: optionally the post-mortem's hand-made fix validated
 * (findings shown, never a stop), then validate → plan → apply → plan on the configuration, with the
 * same guardrail gate as apply. Returns the exit code of the whole run.
 */
final class DemoStory {

    private final Pipeline pipeline;
    private final View view;
    private final DemoText text;
    private final Style style;
    private final int steps;
    private int step;

    DemoStory(Pipeline pipeline, PrintWriter out, Style style, boolean withPostmortem) {
        this.pipeline = pipeline;
        this.view = new TextView(style, false, out);
        this.text = new DemoText(style, out);
        this.style = style;
        this.steps = withPostmortem ? 5 : 4;
    }

    /** Step 1 of the story: the fix as it was made by hand, and what validate finds in it. */
    void postmortem(Path dir) {
        step("validate", "the post-mortem's fix, as it was made by hand (the bundled " + DemoPostmortem.RESOURCE + ")");
        LoadedConfig loaded = pipeline.check(List.of(dir), false);
        java.io.StringWriter findings = new java.io.StringWriter();
        try (PrintWriter w = new PrintWriter(findings)) {
            new TextView(style, false, w).validation(ValidationReport.of(loaded));
        }
        // The files sit in a temporary copy (or the build's classes): show them by their bundled name.
        text.postmortem(findings.toString().replace(dir + java.io.File.separator, "postmortem/"));
    }

    /** validate → plan → apply → plan on {@code paths}; 0 when the last plan shows no changes. */
    int converge(List<Path> paths, String what, AuthentikClient client, RetryPolicy retry, Set<String> allowed) {
        step("validate", "check " + what + " offline: schemas, references, and the guardrail rules");
        LoadedConfig loaded = pipeline.check(paths, false);
        view.validation(ValidationReport.of(loaded));
        if (loaded.diagnostics().hasErrors()) {
            return ExitCodes.INVALID_CONFIG;
        }
        step("plan", "what differs between " + what + " and Authentik");
        Optional<Plan> plan = pipeline.plan(loaded, client, allowed, false);
        if (plan.isEmpty()) {
            return ExitCodes.INVALID_CONFIG;
        }
        view.plan(plan.get());
        step("apply", "make Authentik match: one write per changed object, in dependency order");
        Optional<Gate.Approved> approved = pipeline.gate(plan.get(), allowed).approved();
        if (approved.isEmpty()) {
            return ExitCodes.INVALID_CONFIG;
        }
        ApplyResult result = pipeline.apply(approved.get(), client, retry, 4, false);
        view.applied(result, client.apiBaseUrl());
        if (result.isStale() || result.failed()) {
            return ExitCodes.API_ERROR;
        }
        step("plan", "again: nothing should be left to change");
        Optional<Plan> again = pipeline.plan(loaded, client, allowed, false);
        if (again.isEmpty()) {
            return ExitCodes.INVALID_CONFIG;
        }
        view.plan(again.get());
        return again.get().hasChanges() ? ExitCodes.CHANGES : ExitCodes.OK;
    }

    private void step(String command, String why) {
        text.step(++step, steps, command, why);
    }
}
