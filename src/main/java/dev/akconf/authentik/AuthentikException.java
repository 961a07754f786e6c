package dev.akconf.authentik;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A failure talking to Authentik (HTTP error, network, TLS) or a bad client setting, carrying the
 * CLI exit code and a one-line message that names method, path and status and never contains the
 * API token.
 */
public class AuthentikException extends RuntimeException {

    /** Exit code for Authentik unreachable, authentication/permission failures and API errors. */
    public static final int EXIT_API = 4;
    /** Exit code for bad command-line usage, e.g. a base URL that is not http(s). */
    public static final int EXIT_USAGE = 64;

    private final int exitCode;
    private final String method;
    private final String path;
    private final int status;
    private final String detail;
    private final Map<String, List<String>> fieldErrors;

    /** An error without HTTP context, e.g. a usage error; the message is folded onto one line. */
    public AuthentikException(String message, int exitCode) {
        this(message, exitCode, null, null, 0, null, Map.of(), null);
    }

    AuthentikException(String message, int exitCode, String method, String path, int status,
                       String detail, Map<String, List<String>> fieldErrors, Throwable cause) {
        super(oneLine(message), cause);
        this.exitCode = exitCode;
        this.method = method;
        this.path = path;
        this.status = status;
        this.detail = detail;
        // Keep the server's field order: the message lists fields in the same order.
        Map<String, List<String>> copy = new LinkedHashMap<>();
        fieldErrors.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.fieldErrors = Collections.unmodifiableMap(copy);
    }

    /** A usage-style error (exit code {@value #EXIT_USAGE}). */
    public static AuthentikException usage(String message) {
        return new AuthentikException(message, EXIT_USAGE);
    }

    /** The process exit code the CLI should use for this error. */
    public int exitCode() {
        return exitCode;
    }

    /** HTTP status, or 0 when no response was received (network, TLS, usage errors). */
    public int status() {
        return status;
    }

    /** True for a 404 response, which callers use to tell "object is gone" from real failures. */
    public boolean isNotFound() {
        return status == 404;
    }

    /** Authentik's {@code detail} text (already redacted), or null when the body had none. */
    public String detail() {
        return detail;
    }

    /**
     * DRF validation errors of a 400 response, flattened to dotted field paths
     * ({@code config.x}, {@code redirect_uris[1].url}); object-level errors are under
     * {@code non_field_errors}. Empty for every other kind of error.
     */
    public Map<String, List<String>> fieldErrors() {
        return fieldErrors;
    }

    /** HTTP method of the failed request, or null when the error is not about a request. */
    public String method() {
        return method;
    }

    /** Path relative to the API base (no query string), or null when not about a request. */
    public String path() {
        return path;
    }

    /**
     * {@code text} on one line and safe for a terminal: whitespace runs become one space, and any other
     * control character (C0, DEL, C1, which can move the cursor or retitle the window) is shown as
     * {@code \x1b}; messages quote server text, which is not ours to trust.
     */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ").trim();
        StringBuilder out = null;
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
            if (control && out == null) {
                out = new StringBuilder(flat.length() + 8).append(flat, 0, i);
            }
            if (out != null) {
                if (control) {
                    out.append(String.format(java.util.Locale.ROOT, "\\x%02x", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? flat : out.toString();
    }
}
