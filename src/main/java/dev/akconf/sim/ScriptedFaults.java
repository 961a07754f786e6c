package dev.akconf.sim;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A fault script for tests: a fault for the n-th request overall, or for the n-th request with a
 * given method (optionally only counting paths that start with a prefix). Unscripted requests pass.
 */
public final class ScriptedFaults implements FaultPlan {

    private record Rule(String method, String pathPrefix, int n) {
    }

    private final Map<Long, Fault> byIndex = new HashMap<>();
    private final Map<Rule, Fault> byRule = new HashMap<>();
    private final Map<Rule, Integer> seen = new HashMap<>();

    ScriptedFaults() {
    }

    /** The {@code n}-th request (1-based, all methods and paths) gets {@code fault}. */
    public ScriptedFaults at(long n, Fault fault) {
        byIndex.put(n, Objects.requireNonNull(fault));
        return this;
    }

    /** The {@code n}-th request with {@code method} gets {@code fault}. */
    public ScriptedFaults nth(String method, int n, Fault fault) {
        return nth(method, "", n, fault);
    }

    /** The {@code n}-th request with {@code method} whose path starts with {@code pathPrefix} gets {@code fault}. */
    public ScriptedFaults nth(String method, String pathPrefix, int n, Fault fault) {
        byRule.put(new Rule(method.toUpperCase(Locale.ROOT), pathPrefix, n), Objects.requireNonNull(fault));
        return this;
    }

    @Override
    public Fault decide(long index, String method, String path) {
        Fault fault = byIndex.get(index);
        // Count this request against every (method, prefix) rule it matches, whatever the outcome.
        Map<Rule, Integer> counted = new HashMap<>();
        for (Rule rule : byRule.keySet()) {
            if (rule.method().equals(method) && path.startsWith(rule.pathPrefix())) {
                Rule counter = new Rule(rule.method(), rule.pathPrefix(), 0);
                if (!counted.containsKey(counter)) {
                    counted.put(counter, seen.merge(counter, 1, Integer::sum));
                }
            }
        }
        if (fault == null) {
            for (Map.Entry<Rule, Fault> e : byRule.entrySet()) {
                Rule r = e.getKey();
                Integer count = counted.get(new Rule(r.method(), r.pathPrefix(), 0));
                if (count != null && count == r.n()) {
                    fault = e.getValue();
                    break;
                }
            }
        }
        return fault == null ? Fault.none() : fault;
    }
}
