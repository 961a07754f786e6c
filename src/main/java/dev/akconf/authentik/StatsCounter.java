package dev.akconf.authentik;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Thread-safe counters behind {@link RequestStats}; page fetches run on several threads. */
final class StatsCounter {

    private final LongAdder requests = new LongAdder();
    private final Map<String, LongAdder> byMethod = new ConcurrentHashMap<>();
    private final LongAdder retries = new LongAdder();
    private final LongAdder responseBytes = new LongAdder();

    void countRequest(String method) {
        requests.increment();
        byMethod.computeIfAbsent(method, m -> new LongAdder()).increment();
    }

    void countRetry() {
        retries.increment();
    }

    /** Adds {@code n} and returns the total so far (approximate under concurrency, which a limit tolerates). */
    long addResponseBytes(long n) {
        responseBytes.add(n);
        return responseBytes.sum();
    }

    RequestStats snapshot() {
        Map<String, Long> methods = new TreeMap<>();
        byMethod.forEach((m, n) -> methods.put(m, n.sum()));
        return new RequestStats(requests.sum(), methods, retries.sum(), responseBytes.sum());
    }
}
