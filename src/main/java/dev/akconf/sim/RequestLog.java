package dev.akconf.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Every request received, in arrival order, and counters by method and endpoint template. */
final class RequestLog {

    private final List<SimRequest> requests = new ArrayList<>();
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    synchronized void add(SimRequest request) {
        // Keep arrival order even though requests finish out of order.
        int at = requests.size();
        while (at > 0 && requests.get(at - 1).index() > request.index()) {
            at--;
        }
        requests.add(at, request);
    }

    void count(String method, String template) {
        counts.computeIfAbsent(method + " " + template, k -> new LongAdder()).increment();
    }

    synchronized List<SimRequest> snapshot() {
        return List.copyOf(requests);
    }

    synchronized void clear() {
        requests.clear();
        counts.clear();
    }

    /** Counts keyed like {@code "PATCH /providers/proxy/{key}/"}, sorted. */
    Map<String, Long> counts() {
        Map<String, Long> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    /** The endpoint template of an API path for the counters. */
    static String template(Router.Target target, String apiPath) {
        if (target == null) {
            return apiPath;
        }
        if (target.special() != null) {
            return target.special();
        }
        return target.key() == null ? target.collection().path : target.collection().path + "{key}/";
    }
}
