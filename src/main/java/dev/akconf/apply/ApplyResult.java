package dev.akconf.apply;

import java.util.List;

/**
 * Everything apply did, for the renderers and the exit code.
 *
 * @param outcomes one per resource of the plan, in plan order
 * @param stale    objects that changed in Authentik since the plan (nothing was written when non-empty)
 */
public record ApplyResult(List<ResourceOutcome> outcomes, List<String> stale) {

    public ApplyResult {
        outcomes = List.copyOf(outcomes);
        stale = List.copyOf(stale);
    }

    public static ApplyResult stale(List<String> stale) {
        return new ApplyResult(List.of(), stale);
    }

    public boolean isStale() {
        return !stale.isEmpty();
    }

    public boolean failed() {
        return outcomes.stream().anyMatch(o -> o.outcome() == Outcome.FAILED);
    }

    public long count(Outcome outcome) {
        return outcomes.stream().filter(o -> o.outcome() == outcome).count();
    }
}
