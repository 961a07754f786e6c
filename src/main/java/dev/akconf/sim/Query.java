package dev.akconf.sim;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A request's decoded query parameters; single-value reads take the last value, like Django's QueryDict. */
record Query(Map<String, List<String>> params) {

    /** No query parameters (reads through {@link SimState}). */
    static final Query NONE = new Query(Map.of());

    /**
     * A flag read the way Authentik's serializers read {@code include_*} parameters:
     * {@code str(query_params.get(name, default)).lower() == "true"}, so only "true" in any case counts.
     */
    boolean flag(String name, boolean absent) {
        return last(name).map(v -> v.toLowerCase(java.util.Locale.ROOT).equals("true")).orElse(absent);
    }

    static Query parse(String raw) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (raw != null && !raw.isEmpty()) {
            for (String pair : raw.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                params.computeIfAbsent(name, n -> new java.util.ArrayList<>()).add(value);
            }
        }
        return new Query(params);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    Optional<String> last(String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
    }

    /** The last value if present and non-empty: django-filter skips empty filter values. */
    Optional<String> value(String name) {
        return last(name).filter(v -> !v.isEmpty());
    }

    List<String> all(String name) {
        return params.getOrDefault(name, List.of()).stream().filter(v -> !v.isEmpty()).toList();
    }
}
