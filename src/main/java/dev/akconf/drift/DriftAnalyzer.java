package dev.akconf.drift;

import dev.akconf.kinds.ResourceKey;
import dev.akconf.plan.Action;
import dev.akconf.diff.FieldChange;
import dev.akconf.diff.IgnoredField;
import dev.akconf.plan.Plan;
import dev.akconf.plan.ResourceChange;
import dev.akconf.plan.Unmanaged;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a plan into a drift report: every difference a plan shows is drift, except what an ignore
 * rule accepts. A field rule takes its fields out of an update (an update left with none is in
 * sync); a rule without a path takes out the whole resource, whatever its action, or an unmanaged
 * object of that name. A resource's own {@code akconf.io/ignore} entries already took their fields out
 * of the plan; they join the ignored items here, with the entry as their rule. Pure: it only reads the plan.
 */
public final class DriftAnalyzer {

    private DriftAnalyzer() {
    }

    public static DriftReport analyze(Plan plan, List<IgnoreRule> rules, boolean ignoreUnmanaged) {
        Set<IgnoreRule> used = Collections.newSetFromMap(new IdentityHashMap<>());
        List<IgnoredItem> ignored = new ArrayList<>();
        List<ResourceChange> changes = new ArrayList<>();
        for (ResourceChange c : plan.changes()) {
            for (IgnoredField i : c.ignored()) {
                IgnoreRule declared = new IgnoreRule(c.kind(), c.key().identity(), i.change().path(), i.reason(), i.origin());
                ignored.add(new IgnoredItem(c.key(), Action.UPDATE.word(), i.change(), declared));
            }
            ResourceChange counted = withoutIgnored(c);
            changes.add(counted.action() == Action.NO_OP ? counted : filter(counted, rules, used, ignored));
        }
        List<Unmanaged> unmanaged = new ArrayList<>();
        for (Unmanaged u : plan.unmanaged()) {
            ResourceKey key = new ResourceKey(u.kind(), u.name());
            Optional<IgnoreRule> whole = whole(rules, key);
            if (whole.isPresent()) {
                used.add(whole.get());
                ignored.add(new IgnoredItem(key, "unmanaged", null, whole.get()));
            } else {
                unmanaged.add(u);
            }
        }
        Plan effective = new Plan(plan.akconfVersion(), plan.target(), plan.serverVersion(), plan.createdAt(), changes, unmanaged)
                .withFindings(plan.findings(), plan.allowedRules());
        List<IgnoreRule> unused = rules.stream().filter(r -> !used.contains(r)).toList();
        return new DriftReport(effective, ignored, unused, !ignoreUnmanaged);
    }

    private static ResourceChange filter(ResourceChange c, List<IgnoreRule> rules, Set<IgnoreRule> used, List<IgnoredItem> ignored) {
        Optional<IgnoreRule> whole = whole(rules, c.key());
        if (whole.isPresent()) {
            used.add(whole.get());
            if (c.action() == Action.UPDATE) {
                c.changes().forEach(f -> ignored.add(new IgnoredItem(c.key(), Action.UPDATE.word(), f, whole.get())));
            } else {
                ignored.add(new IgnoredItem(c.key(), c.action().word(), null, whole.get()));
            }
            return inSync(c);
        }
        if (c.action() != Action.UPDATE) {
            return c; // a missing object, or one that should be gone, is not a field difference
        }
        List<FieldChange> kept = new ArrayList<>();
        for (FieldChange f : c.changes()) {
            Optional<IgnoreRule> rule = rules.stream().filter(r -> r.path() != null && r.matches(c.key()) && r.covers(f.path())).findFirst();
            rule.ifPresentOrElse(r -> {
                used.add(r);
                ignored.add(new IgnoredItem(c.key(), Action.UPDATE.word(), f, r));
            }, () -> kept.add(f));
        }
        if (kept.size() == c.changes().size()) {
            return c;
        }
        return kept.isEmpty() ? inSync(c)
                : new ResourceChange(c.key(), Action.UPDATE, c.id(), kept, c.liveFingerprint(), c.desired(), c.source(), c.secrets());
    }

    /** The change as far as drift counts it: the ignored differences now travel as ignored items. */
    private static ResourceChange withoutIgnored(ResourceChange c) {
        return c.ignored().isEmpty() ? c : new ResourceChange(c.key(), c.action(), c.id(), c.changes(), c.liveFingerprint(),
                c.desired(), c.source(), c.secrets());
    }

    private static ResourceChange inSync(ResourceChange c) {
        return new ResourceChange(c.key(), Action.NO_OP, c.id(), List.of(), c.liveFingerprint(), c.desired(), c.source(), c.secrets());
    }

    private static Optional<IgnoreRule> whole(List<IgnoreRule> rules, ResourceKey key) {
        return rules.stream().filter(r -> r.path() == null && r.matches(key)).findFirst();
    }
}
