package dev.akconf.sim;

/**
 * Decides the {@link Fault} of each request. The simulator calls {@link #decide} exactly once per
 * request, in arrival order, one call at a time, so a plan needs no synchronisation and a seeded
 * plan gives the same sequence of decisions on every run.
 */
@FunctionalInterface
public interface FaultPlan {

    /**
     * @param index  1-based arrival number of the request, counting every request the server received
     * @param method HTTP method, e.g. {@code PATCH}
     * @param path   the request path without the query, e.g. {@code /api/v3/providers/proxy/1/}
     */
    Fault decide(long index, String method, String path);

    /** No faults. */
    static FaultPlan none() {
        return (index, method, path) -> Fault.none();
    }

    /** A script of faults for given requests ("the 3rd request gets DROP_AFTER"). */
    static ScriptedFaults scripted() {
        return new ScriptedFaults();
    }

    /** Faults drawn at random from a seeded {@link java.util.Random}, by probability. */
    static RandomFaults random(long seed) {
        return new RandomFaults(seed);
    }
}
