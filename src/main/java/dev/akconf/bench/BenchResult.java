package dev.akconf.bench;

import java.time.Duration;
import java.util.List;

/**
 * A finished benchmark.
 *
 * @param options      what was measured
 * @param jvm          how each child akconf was started
 * @param changedCount providers the changed configuration changes
 * @param phases       the phases in the order they ran
 */
public record BenchResult(BenchOptions options, ChildJvm jvm, int changedCount, List<PhaseResult> phases) {

    public BenchResult {
        phases = List.copyOf(phases);
    }

    /** GETs a reader fetching each object on its own would send: every provider, application and the outpost. */
    public long perObjectRequests() {
        return 2L * options.n() + 1;
    }

    /** Their time when sent one after another, latency alone (no start-up, no processing). */
    public Duration perObjectTime() {
        return options.latency().multipliedBy(perObjectRequests());
    }

    public PhaseResult phase(int index) {
        return phases.get(index);
    }
}
