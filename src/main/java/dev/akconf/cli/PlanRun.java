package dev.akconf.cli;

import dev.akconf.authentik.AuthentikClient;
import dev.akconf.config.LoadedConfig;
import dev.akconf.diag.Diagnostic;
import dev.akconf.diag.Diagnostics;
import dev.akconf.live.LiveReader;
import dev.akconf.live.LiveState;
import dev.akconf.plan.Plan;
import dev.akconf.plan.Planner;
import dev.akconf.render.Style;
import dev.akconf.render.ValidationText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The steps plan, apply and drift share: load and validate the configuration (stopping before any
 * request when it is invalid), read Authentik, and plan. Diagnostics go to stderr.
 */
final class PlanRun {

    private final AppContext context;
    private final PrintWriter err;
    private final Style style;
    /** {@code --strict} as given to {@link #load}: the live outpost rules' warnings count as errors too. */
    private boolean strict;

    PlanRun(AppContext context, PrintWriter err, Style style) {
        this.context = context;
        this.err = err;
        this.style = style;
    }

    /** The configuration, or empty after printing why it is invalid. */
    Optional<LoadedConfig> load(List<Path> paths, boolean strict) {
        this.strict = strict;
        LoadedConfig loaded = CheckedConfig.load(context, paths, strict);
        print(loaded.diagnostics());
        if (loaded.diagnostics().hasErrors()) {
            err.println(style.red("Configuration invalid: " + loaded.diagnostics().errorCount()
                    + " error(s); nothing was sent to Authentik."));
            err.flush();
            return Optional.empty();
        }
        return Optional.of(loaded);
    }

    /**
     * The plan with its guardrail findings, or empty after printing the errors (references, outpost rules on the live facts) that prevent one.
     *
     * @param allowed rules whose findings the reviewer accepted ({@code --allow}), recorded in the plan
     */
    Optional<Plan> plan(LoadedConfig config, AuthentikClient client, java.util.Set<String> allowed) {
        LiveState live = new LiveReader(client).read(config.resources());
        warnAboutVersion(live.serverVersion(), live.target());
        Diagnostics diags = new Diagnostics();
        Plan plan = new Planner(VersionProvider.version()).plan(config.resources(), live, Instant.now(), diags);
        java.util.Map<dev.akconf.kinds.ResourceKey, dev.akconf.config.Resource> byKey = new java.util.HashMap<>();
        config.resources().forEach(r -> byKey.put(r.key(), r));
        plan = plan.withFindings(dev.akconf.rules.PlanRules.check(plan, byKey, config.settings(), live), allowed);
        // The outpost rules again, on what Authentik holds (managed marker, service connection, stored config).
        dev.akconf.rules.LiveOutpostRules.check(config.resources(), config.settings(), live, diags);
        if (strict) {
            diags = diags.strict();
        }
        print(diags);
        if (diags.hasErrors()) {
            err.println(style.red("Cannot plan: " + diags.errorCount() + " error(s)."));
            err.flush();
            return Optional.empty();
        }
        return Optional.of(plan);
    }

    /** The one warning line for a server outside the versions akconf was checked against. */
    void warnAboutVersion(String version, String target) {
        dev.akconf.live.ServerFacts.versionWarning(version, target).ifPresent(w -> {
            err.println("akconf: " + style.yellow("warning: ") + dev.akconf.render.Safe.text(w)); // the version is the server's text
            err.flush();
        });
    }

    private void print(Diagnostics diags) {
        for (Diagnostic d : diags.sorted()) {
            err.println(ValidationText.line(d, style));
        }
        err.flush();
    }
}
