package dev.akconf.drift;

import dev.akconf.kinds.Kind;
import dev.akconf.plan.Action;
import dev.akconf.plan.Plan;
import dev.akconf.plan.ResourceChange;
import java.util.List;

/**
 * What a drift run found: the plan with accepted differences taken out (what counts), the
 * differences taken out and why, and ignore rules that matched nothing (likely stale).
 *
 * @param plan             the plan after ignore rules: only counted differences remain
 * @param ignored          every difference an ignore rule accepted
 * @param unusedRules      rules that matched nothing in this run
 * @param unmanagedCounted whether unmanaged objects count as drift (not with {@code --ignore-unmanaged})
 */
public record DriftReport(Plan plan, List<IgnoredItem> ignored, List<IgnoreRule> unusedRules, boolean unmanagedCounted) {

    public DriftReport {
        ignored = List.copyOf(ignored);
        unusedRules = List.copyOf(unusedRules);
    }

    /** Managed resources that differ, are missing, or should be absent and are not. */
    public List<ResourceChange> drifted() {
        return plan.changes().stream().filter(c -> c.action() != Action.NO_OP).toList();
    }

    public long count(Action action) {
        return plan.count(action);
    }

    public long count(Kind kind, Action action) {
        return plan.changes().stream().filter(c -> c.kind() == kind && c.action() == action).count();
    }

    public long managed(Kind kind) {
        return plan.changes().stream().filter(c -> c.kind() == kind).count();
    }

    public long unmanaged(Kind kind) {
        return plan.unmanaged().stream().filter(u -> u.kind() == kind).count();
    }

    /** Counted field differences that can widen access (model/KindDefaults marks the fields). */
    public long security(Kind kind) {
        return plan.changes().stream().filter(c -> c.kind() == kind).mapToLong(ResourceChange::securityChanges).sum();
    }

    public long ignored(Kind kind) {
        return ignored.stream().filter(i -> i.key().kind() == kind).count();
    }

    /** Whether the run found drift: exit code 2 for drift, 0 in sync. */
    public boolean hasDrift() {
        return !drifted().isEmpty() || (unmanagedCounted && !plan.unmanaged().isEmpty());
    }
}
