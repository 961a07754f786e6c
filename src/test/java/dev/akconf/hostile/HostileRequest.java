package dev.akconf.hostile;

import java.util.Map;

/**
 * One request as {@link HostileAuthentik} received it, byte for byte as far as a test needs.
 *
 * @param method  GET, POST, PATCH, ...
 * @param path    the path relative to the API root ({@code /core/groups/}), without the query
 * @param query   the raw query string, or "" when none
 * @param headers header names lower-cased; a repeated header keeps its last value
 * @param body    the request body as UTF-8 text ("" when none)
 */
public record HostileRequest(String method, String path, String query, Map<String, String> headers, String body) {

    /** A header by case-insensitive name, or null. */
    public String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    /** A query parameter's first value (not URL-decoded: the tests only use plain values), or null. */
    public String param(String name) {
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return pair.substring(eq + 1);
            }
        }
        return null;
    }

    /** The {@code page} parameter, 1 when absent or unreadable. */
    public int page() {
        try {
            String p = param("page");
            return p == null ? 1 : Integer.parseInt(p);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    public boolean isWrite() {
        return !method.equals("GET") && !method.equals("HEAD");
    }
}
