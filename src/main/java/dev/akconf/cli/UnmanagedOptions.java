package dev.akconf.cli;

import dev.akconf.plan.Plan;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --ignore-unmanaged} and {@code --show-unmanaged} for plan and apply: at thousands of objects
 * the unmanaged ones would bury the few changes, so the text plan counts them unless asked to list them.
 */
public final class UnmanagedOptions {

    @Option(names = "--ignore-unmanaged") private boolean ignore;
    @Option(names = "--show-unmanaged") private boolean show;

    boolean show() {
        return show;
    }

    /** The plan as this run shows and saves it. */
    Plan applyTo(Plan plan) {
        if (!ignore) {
            return plan;
        }
        return new Plan(plan.akconfVersion(), plan.target(), plan.serverVersion(), plan.createdAt(), plan.changes(), List.of(),
                plan.findings(), plan.allowedRules());
    }
}
