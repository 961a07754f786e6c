package dev.akconf.sim;

/**
 * One request the simulator received, in arrival order, with what it answered.
 *
 * @param index        1-based arrival number (the number the {@link FaultPlan} saw)
 * @param method       HTTP method
 * @param path         the path as received, e.g. {@code /api/v3/providers/proxy/1/}
 * @param query        the raw query string, or null
 * @param status       the status sent, or 0 when the connection was dropped without a response
 * @param body         the request body as text, or null when empty
 * @param responseBody the response body sent, or null (204, or dropped)
 * @param fault        the fault applied ({@link Fault.Kind#NONE} normally)
 */
public record SimRequest(long index, String method, String path, String query, int status, String body,
        String responseBody, Fault.Kind fault) {

    /** The path relative to the API root ({@code /providers/proxy/1/}), or the path itself outside it. */
    public String apiPath() {
        return path.startsWith(Router.API + "/") ? path.substring(Router.API.length()) : path;
    }

    /** True for POST, PUT, PATCH and DELETE. */
    public boolean isWrite() {
        return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
    }
}
