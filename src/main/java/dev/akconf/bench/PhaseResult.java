package dev.akconf.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The measurements of one benchmark phase over its runs.
 *
 * @param name          what the phase does, e.g. "plan (no changes)"
 * @param args          akconf's arguments for the child process
 * @param wallNanos     each run's wall time, process start to exit
 * @param exitCodes     each run's exit code
 * @param expectedExit  the exit code every run must have
 * @param requests      requests of one run (the last) by method and endpoint, as the simulator counted them
 * @param responseBytes response body bytes of that run
 * @param peakHeapBytes the largest peak heap any run reported, or -1
 * @param changes       the changes the last run reported (plan: add + change + destroy; apply: applied)
 */
public record PhaseResult(String name, List<String> args, List<Long> wallNanos, List<Integer> exitCodes,
                          int expectedExit, Map<String, Long> requests, long responseBytes, long peakHeapBytes,
                          int changes) {

    public PhaseResult {
        args = List.copyOf(args);
        wallNanos = List.copyOf(wallNanos);
        exitCodes = List.copyOf(exitCodes);
        requests = Collections.unmodifiableMap(new TreeMap<>(requests));
    }

    /** The median wall time (the lower middle for an even number of runs). */
    public long medianNanos() {
        List<Long> sorted = new ArrayList<>(wallNanos);
        Collections.sort(sorted);
        return sorted.get((sorted.size() - 1) / 2);
    }

    public long totalRequests() {
        return requests.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Whether every run exited as expected. */
    public boolean exitedAsExpected() {
        return exitCodes.stream().allMatch(c -> c == expectedExit);
    }
}
