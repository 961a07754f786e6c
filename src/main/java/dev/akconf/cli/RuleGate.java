package dev.akconf.cli;

import dev.akconf.plan.Plan;
import dev.akconf.plan.RuleFinding;
import dev.akconf.render.Safe;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;

/** The guardrail gate before any write (apply, demo): protected changes need {@code --allow}, at plan time or now. */
final class RuleGate {

    private RuleGate() {
    }

    /** True, after printing why, when the plan makes protected changes that {@code allowed} does not accept. */
    static boolean refuses(Plan plan, Set<String> allowed, PrintWriter err) {
        List<RuleFinding> blocking = plan.blocking(allowed);
        if (blocking.isEmpty()) {
            return false;
        }
        err.println("akconf: the plan makes protected changes; nothing was written:");
        // Keys and messages carry names from Authentik: one escaping step (Safe) before the terminal.
        blocking.forEach(f -> err.println("  " + f.rule() + ": " + Safe.key(f.key()) + " " + Safe.text(f.message())));
        String rules = String.join(",", blocking.stream().map(RuleFinding::rule).distinct().sorted().toList());
        err.println("If this is intended, run again with --allow " + rules + " (see akconf explain " + rules.split(",")[0] + ").");
        err.flush();
        return true;
    }
}
