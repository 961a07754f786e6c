package dev.akconf.authentik;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A snapshot of what one {@link AuthentikClient} sent and received since it was built. Every HTTP
 * attempt counts, retries included.
 *
 * @param requests          HTTP attempts, whatever their outcome
 * @param requestsByMethod  attempts per method (GET, POST, ...), sorted by method
 * @param retries           attempts that were retries of an earlier one
 * @param responseBytes     response body bytes received
 */
public record RequestStats(long requests, Map<String, Long> requestsByMethod, long retries,
                           long responseBytes) {

    public RequestStats {
        requestsByMethod = Collections.unmodifiableMap(new TreeMap<>(requestsByMethod));
    }

    /** Attempts made with the given method, 0 when none. */
    public long requests(String method) {
        return requestsByMethod.getOrDefault(method, 0L);
    }

    /** What happened between {@code earlier} and this snapshot, for benchmarks. */
    public RequestStats minus(RequestStats earlier) {
        Map<String, Long> byMethod = new TreeMap<>(requestsByMethod);
        earlier.requestsByMethod.forEach((m, n) -> byMethod.merge(m, -n, Long::sum));
        byMethod.values().removeIf(n -> n == 0);
        return new RequestStats(requests - earlier.requests, byMethod, retries - earlier.retries,
                responseBytes - earlier.responseBytes);
    }
}
