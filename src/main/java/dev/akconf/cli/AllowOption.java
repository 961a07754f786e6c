package dev.akconf.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** {@code --allow RULE}: accept a guardrail rule's findings for this plan (plan records it, apply honours it). */
public final class AllowOption {

    @Option(names = "--allow", paramLabel = "RULE", split = ",", completionCandidates = RuleIds.class)
    private List<String> rules = List.of();

    public Set<String> rules() {
        return new LinkedHashSet<>(rules);
    }
}
