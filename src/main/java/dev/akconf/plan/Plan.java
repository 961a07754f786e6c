package dev.akconf.plan;

import java.time.Instant;
import java.util.List;

/**
 * Everything a plan found: the one model every renderer and the plan file are drawn from, so the
 * human, JSON and Markdown views cannot disagree.
 */
public record Plan(String akconfVersion, String target, String serverVersion, Instant createdAt,
                   List<ResourceChange> changes, List<Unmanaged> unmanaged, List<RuleFinding> findings,
                   java.util.Set<String> allowedRules) {

    public static final String FORMAT_VERSION = "1";

    public Plan {
        changes = List.copyOf(changes);
        unmanaged = List.copyOf(unmanaged);
        findings = List.copyOf(findings);
        allowedRules = java.util.Set.copyOf(allowedRules);
    }

    public Plan(String akconfVersion, String target, String serverVersion, Instant createdAt,
                List<ResourceChange> changes, List<Unmanaged> unmanaged) {
        this(akconfVersion, target, serverVersion, createdAt, changes, unmanaged, List.of(), java.util.Set.of());
    }

    /** This plan with guardrail findings and the rules the reviewer allowed ({@code --allow}). */
    public Plan withFindings(List<RuleFinding> found, java.util.Set<String> allowed) {
        return new Plan(akconfVersion, target, serverVersion, createdAt, changes, unmanaged, found, allowed);
    }

    /** This plan with other resource changes (the same resources, e.g. with their secrets substituted). */
    public Plan withChanges(List<ResourceChange> replaced) {
        return new Plan(akconfVersion, target, serverVersion, createdAt, replaced, unmanaged, findings, allowedRules);
    }

    /** Findings whose rule was not allowed: apply refuses the plan while there are any. */
    public List<RuleFinding> blocking(java.util.Set<String> alsoAllowed) {
        return findings.stream().filter(f -> !allowedRules.contains(f.rule()) && !alsoAllowed.contains(f.rule())).toList();
    }

    public long count(Action action) {
        return changes.stream().filter(c -> c.action() == action).count();
    }

    /** Field changes that can widen access, over every resource (the summary's separate count). */
    public long securityChanges() {
        return changes.stream().mapToLong(ResourceChange::securityChanges).sum();
    }

    public boolean hasChanges() {
        return changes.stream().anyMatch(c -> c.action() != Action.NO_OP);
    }
}
