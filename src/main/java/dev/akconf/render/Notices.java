package dev.akconf.render;

import dev.akconf.config.LoadedConfig;
import dev.akconf.diag.Diagnostic;
import dev.akconf.diag.Diagnostics;
import dev.akconf.live.ServerFacts;
import dev.akconf.pipeline.Events;
import dev.akconf.plan.RuleFinding;
import java.io.PrintWriter;
import java.util.List;

/**
 * Everything a command says on stderr, whatever its {@code --output}: the pipeline's events
 * (diagnostics, the version warning, the gate's refusal) and the one-line reasons a run stops.
 * Each line goes through {@link Safe}: names, paths and messages can quote Authentik and files.
 */
public record Notices(PrintWriter err, Style style) implements Events {

    @Override
    public void loaded(LoadedConfig config) {
        Diagnostics diags = config.diagnostics();
        diagnostics(diags);
        if (diags.hasErrors()) {
            line(style.red("Configuration invalid: " + diags.errorCount() + " error(s); nothing was sent to Authentik."));
        }
    }

    @Override
    public void server(String version, String target) {
        // The version is the server's text.
        ServerFacts.versionWarning(version, target).ifPresent(w -> line("akconf: " + style.yellow("warning: ") + Safe.text(w)));
    }

    @Override
    public void planned(Diagnostics diags) {
        diagnostics(diags);
        if (diags.hasErrors()) {
            line(style.red("Cannot plan: " + diags.errorCount() + " error(s)."));
        }
    }

    @Override
    public void refused(List<RuleFinding> blocking) {
        err.println("akconf: the plan makes protected changes; nothing was written:");
        // Keys and messages carry names from Authentik: one escaping step (Safe) before the terminal.
        blocking.forEach(f -> err.println("  " + f.rule() + ": " + Safe.key(f.key()) + " " + Safe.text(f.message())));
        String rules = String.join(",", blocking.stream().map(RuleFinding::rule).distinct().sorted().toList());
        line("If this is intended, run again with --allow " + rules + " (see akconf explain " + rules.split(",")[0] + ").");
    }

    /** One line per diagnostic, sorted ({@code FILE:LINE:COLUMN: error: message}). */
    public void diagnostics(Diagnostics diags) {
        for (Diagnostic d : diags.sorted()) {
            err.println(ValidationText.line(d, style));
        }
        err.flush();
    }

    /** Drift's {@code --ignore} file: its diagnostics, and why nothing was sent when it is invalid. */
    public void ignoreFile(Diagnostics diags) {
        diagnostics(diags);
        if (diags.hasErrors()) {
            line(style.red("Ignore file invalid: " + diags.errorCount() + " error(s); nothing was sent to Authentik."));
        }
    }

    /** Refresh's plan failed on references: its diagnostics, and that no file was written. */
    public void refreshCannotPlan(Diagnostics diags) {
        diags.sorted().forEach(d -> err.println(ValidationText.line(d, style)));
        line(style.red("Cannot plan: " + diags.errorCount() + " reference error(s); nothing was written."));
    }

    /** Refresh's re-plan or validation of the rewritten files refused them. */
    public void refreshBlocked(String why) {
        line("akconf: " + style.red("refresh wrote nothing: ") + Safe.text(why));
    }

    /** Apply found objects changed since the plan was made. */
    public void stale(List<String> changed) {
        err.println("akconf: stale plan: Authentik changed since the plan was made; nothing was written:");
        changed.forEach(s -> err.println("  " + Safe.text(s)));
        line("Run akconf plan again and review the new plan.");
    }

    /** A saved plan's {@code ${VAR}}s whose variables are not set. */
    public void missingSecrets(List<String> texts) {
        line("akconf: the plan needs environment variables that are not set (plan files never store secrets): "
                + Safe.text(String.join(", ", texts)));
    }

    /** plan --out: where the plan went (on stderr, so stdout stays what show prints from the file). */
    public void saved(String file) {
        line("Saved the plan to " + Safe.text(file) + ". Apply it with: akconf apply " + Safe.text(file));
    }

    /** {@code akconf: MESSAGE}: one line, e.g. an Authentik error (already without the token). */
    public void error(String message) {
        line("akconf: " + Safe.text(message));
    }

    private void line(String s) {
        err.println(s);
        err.flush();
    }
}
