package dev.akconf.pipeline;

import dev.akconf.plan.Plan;
import dev.akconf.plan.RuleFinding;
import java.util.List;
import java.util.Optional;

/**
 * The gate's verdict on a plan: approved (the only way to an {@link Approved}, and so to
 * {@link Pipeline#apply}), or refused with the protected changes that {@code --allow} does not accept.
 */
public final class Gate {

    private final Approved approved;
    private final List<RuleFinding> blocking;

    private Gate(Approved approved, List<RuleFinding> blocking) {
        this.approved = approved;
        this.blocking = List.copyOf(blocking);
    }

    /**
     * Protected changes need {@code --allow}, at plan time (recorded in the plan) or now. A plan
     * without changes writes nothing, so nothing in it is protected.
     */
    static Gate judge(Plan plan, java.util.Set<String> allowed) {
        List<RuleFinding> blocking = plan.hasChanges() ? plan.blocking(allowed) : List.of();
        return new Gate(blocking.isEmpty() ? new Approved(plan) : null, blocking);
    }

    /** The plan, cleared for apply; empty when refused. */
    public Optional<Approved> approved() {
        return Optional.ofNullable(approved);
    }

    /** The findings that refused the plan (none when approved). */
    public List<RuleFinding> blocking() {
        return blocking;
    }

    /** A plan the gate let through: made only by {@link Gate#judge}, so no command can apply around it. */
    public static final class Approved {

        private final Plan plan;

        private Approved(Plan plan) {
            this.plan = plan;
        }

        public Plan plan() {
            return plan;
        }
    }
}
