package dev.akconf.authentik;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SSLException;
import okhttp3.HttpUrl;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns HTTP error responses and I/O failures into {@link AuthentikException}s with one-line,
 * redacted messages, quoting Authentik's {@code detail} or DRF field errors where present.
 */
final class ErrorMapper {

    private static final int SNIPPET = 120;
    /** Authentik's detail and each field message: longer than a snippet, still one screen line or two. */
    private static final int DETAIL = 300;
    /** Field errors quoted at most (a hostile 400 can name thousands). */
    private static final int MAX_FIELDS = 20;
    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(301, "Moved Permanently"), Map.entry(302, "Found"), Map.entry(303, "See Other"),
            Map.entry(307, "Temporary Redirect"), Map.entry(308, "Permanent Redirect"),
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(409, "Conflict"),
            Map.entry(413, "Payload Too Large"), Map.entry(429, "Too Many Requests"),
            Map.entry(500, "Internal Server Error"), Map.entry(502, "Bad Gateway"),
            Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));

    /** Replaced, never changed, when the caller adds sensitive values ({@link AuthentikClient#alsoMask}). */
    private volatile Redactor redactor;
    private final JsonMapper json;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration callTimeout;
    private final long maxResponseBytes;
    private final Duration handshakeLimit;

    ErrorMapper(Redactor redactor, JsonMapper json, ClientSettings settings) {
        this.redactor = redactor;
        this.json = json;
        this.connectTimeout = settings.connectTimeout();
        this.readTimeout = settings.readTimeout();
        this.callTimeout = settings.callTimeout();
        this.maxResponseBytes = settings.maxResponseBytes();
        this.handshakeLimit = HandshakeTimeout.limitFor(settings);
    }

    void redactor(Redactor replacement) {
        this.redactor = replacement;
    }

    Redactor redactor() {
        return redactor;
    }

    /**
     * Server text made fit to quote: secrets masked <em>first</em> (a token cut by the shortening would
     * otherwise survive in part), then one line with control characters escaped, then at most
     * {@code max} characters. Only a prefix is looked at, so a huge body costs nothing; a secret cut
     * by that prefix leaves fewer than 8 of its characters, which is not a fragment.
     */
    String quote(String text, int max) {
        String head = text.length() > max * 8 ? text.substring(0, max * 8) : text;
        String flat = AuthentikException.oneLine(redactor.apply(head));
        return flat.length() <= max ? flat : flat.substring(0, max) + "…";
    }

    /** A 3xx: never followed (see AuthentikClient); names the status and where it pointed. */
    AuthentikException redirect(String method, String path, int status, String reason, String location, HttpUrl from) {
        HttpUrl target = location == null ? null : from.resolve(location.strip());
        String where = location == null ? "a redirect without a Location"
                : target == null ? "a redirect to something that is not an http(s) URL"
                // HttpUrl's host is canonical (lower case, IDN as punycode, no control characters).
                : "a redirect to " + target.scheme() + "://" + host(target) + (target.port() == HttpUrl.defaultPort(target.scheme()) ? "" : ":" + target.port());
        String message = status + " " + reason(status, reason) + " from " + method + " " + path + ": " + where
                + "; akconf follows no redirects and sent nothing there (is the Authentik URL right?)";
        return new AuthentikException(redactor.apply(message), AuthentikException.EXIT_API,
                method, path, status, null, Map.of(), null);
    }

    /** A non-2xx response. */
    AuthentikException fromResponse(String method, String path, int status, String reason,
                                    byte[] body, int attempts) {
        String text = new String(body, StandardCharsets.UTF_8);
        JsonNode node = parse(text);
        JsonNode detailNode = node == null || !node.isObject() ? null : node.get("detail");
        String detail = detailNode != null && detailNode.isString() ? quote(detailNode.stringValue(), DETAIL) : null;
        Map<String, List<String>> fields = Map.of();
        String tail;
        if (text.isBlank()) {
            tail = "empty response";
        } else if (node == null && status == 400 && SchemeMismatch.isPlainHttpToTlsPage(text)) {
            tail = "this port expects HTTPS: use https:// in the Authentik URL";
        } else if (node == null) {
            tail = "non-JSON response: " + snippet(text);
        } else if (status == 401 || status == 403) {
            // Authentik answers 403 for both a bad token and a missing permission (DRF turns 401
            // into 403 because no WWW-Authenticate is set), so name both causes.
            tail = "token rejected or lacks permission"
                    + (detail == null ? "" : " (Authentik: \"" + detail + "\")");
        } else if (detail != null) {
            tail = detail;
        } else if (status == 400 && (node.isObject() || node.isArray())) {
            fields = redactFields(FieldErrors.flatten(node));
            tail = fields.isEmpty() ? snippet(text) : quote(FieldErrors.describe(fields), 4 * DETAIL);
        } else {
            tail = snippet(text);
        }
        String message = status + " " + reason(status, reason) + " from " + method + " " + path
                + ": " + tail + gaveUp(attempts);
        return new AuthentikException(redactor.apply(message), AuthentikException.EXIT_API,
                method, path, status, detail, fields, null);
    }

    /** A 2xx response whose body is not JSON, typically an HTML page from a proxy or the web UI. */
    AuthentikException notJson(String method, String path, int status, String reason, byte[] body) {
        String message = status + " " + reason(status, reason) + " from " + method + " " + path
                + ": non-JSON response: " + snippet(new String(body, StandardCharsets.UTF_8))
                + " (is the Authentik URL right?)";
        return new AuthentikException(redactor.apply(message), AuthentikException.EXIT_API,
                method, path, status, null, Map.of(), null);
    }

    /** No response at all: DNS, connect, TLS, timeout or another transport failure. */
    AuthentikException fromIOException(String method, String path, HttpUrl url, IOException e, int attempts) {
        return fromIOException(method, path, url, e, attempts, false, false);
    }

    /**
     * @param deadline   the call was cancelled by the whole-call deadline
     * @param tlsStalled the TLS handshake got no answer in time (see {@link TlsWatch})
     */
    AuthentikException fromIOException(String method, String path, HttpUrl url, IOException e, int attempts,
                                       boolean deadline, boolean tlsStalled) {
        String origin = url.scheme() + "://" + host(url) + ":" + url.port();
        String mismatch = SchemeMismatch.describe(url, e, tlsStalled ? seconds(handshakeLimit) : null, origin);
        String message;
        BoundedBody.TooLarge tooLarge = find(e, BoundedBody.TooLarge.class);
        if (tooLarge != null && tooLarge.wholeRun()) {
            message = "the answers from " + origin + " passed " + mebibytes(tooLarge.limit()) + " in this run ("
                    + BoundedBody.RUN_FACTOR + " times --max-response-mb), at " + method + " " + path;
        } else if (tooLarge != null) {
            message = "the answer to " + method + " " + path + " from " + origin + " is larger than the "
                    + mebibytes(maxResponseBytes) + " response limit (--max-response-mb); nothing of it was used";
        } else if (deadline) {
            message = "no complete answer to " + method + " " + path + " from " + origin + " within the "
                    + seconds(callTimeout) + " call deadline (--call-timeout)";
        } else if (mismatch != null) {
            message = mismatch;
        } else if (find(e, UnknownHostException.class) != null) {
            message = "cannot resolve host \"" + url.host() + "\"";
        } else if (find(e, SSLException.class) != null || find(e, CertificateException.class) != null) {
            message = "TLS handshake with " + url.host() + " failed: " + rootMessage(e)
                    + "; use --ca-cert FILE for a private CA";
        } else if (find(e, SocketTimeoutException.class) != null) {
            String m = String.valueOf(find(e, SocketTimeoutException.class).getMessage()).toLowerCase(Locale.ROOT);
            message = m.contains("connect")
                    ? "timed out after " + seconds(connectTimeout) + " waiting for a connection to " + origin
                    : "timed out after " + seconds(readTimeout) + " waiting for a response to "
                      + method + " " + path + " from " + origin;
        } else if (find(e, ConnectException.class) != null) {
            message = "cannot connect to " + origin + ": "
                    + (mentions(e, "refused") ? "connection refused" : rootMessage(e));
        } else if (find(e, java.net.ProtocolException.class) != null) {
            message = "malformed HTTP answer to " + method + " " + path + " from " + origin + ": " + rootMessage(e);
        } else {
            message = "network error during " + method + " " + path + " to " + origin + ": "
                    + rootMessage(e)
                    // What a TLS server that closes on plain HTTP (the JDK's, for one) looks like.
                    + (!url.isHttps() && mentions(e, "end of stream") ? " (if this is an HTTPS port, use https://)" : "");
        }
        return new AuthentikException(redactor.apply(message + gaveUp(attempts)),
                AuthentikException.EXIT_API, method, path, 0, null, Map.of(), e);
    }

    private JsonNode parse(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (JacksonException e) {
            return null;
        }
    }

    /** Field paths and messages masked and shortened, at most {@value #MAX_FIELDS} fields of 5 messages each. */
    private Map<String, List<String>> redactFields(Map<String, List<String>> fields) {
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        fields.forEach((k, v) -> {
            if (out.size() < MAX_FIELDS) {
                out.put(quote(k, SNIPPET), v.stream().limit(5).map(m -> quote(m, DETAIL)).toList());
            }
        });
        return out;
    }

    private String snippet(String text) {
        return quote(text, SNIPPET);
    }

    static String host(HttpUrl url) {
        return url.host().contains(":") ? "[" + url.host() + "]" : url.host();
    }

    private static String mebibytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes + "-byte";
    }

    static String reason(int status, String given) {
        String known = REASONS.get(status);
        if (known != null) {
            return known;
        }
        // The reason phrase is the server's text: no longer than a real one.
        String g = given == null ? "" : given.strip();
        return g.isEmpty() ? "HTTP error" : g.length() > 40 ? g.substring(0, 40) + "…" : g;
    }

    static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + "s" : String.format(Locale.ROOT, "%.1fs", ms / 1000.0);
    }

    private static String gaveUp(int attempts) {
        return attempts > 1 ? " (gave up after " + attempts + " attempts)" : "";
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static boolean mentions(Throwable e, String word) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The innermost message, which is where the JDK puts the actual reason (e.g. PKIX failure). */
    private String rootMessage(Throwable e) {
        String message = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        return message == null ? e.getClass().getSimpleName() : snippet(message);
    }
}
