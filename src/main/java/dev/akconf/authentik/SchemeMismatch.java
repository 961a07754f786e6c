package dev.akconf.authentik;

import java.io.IOException;
import java.util.Locale;
import javax.net.ssl.SSLException;
import okhttp3.HttpUrl;

/**
 * Recognises a URL whose scheme does not match the port: {@code https://} to a plain-HTTP port (the
 * server answers the TLS hello with HTTP text, or waits for a request line: {@link TlsWatch}) and
 * {@code http://} to a TLS port (the server answers with a TLS record or a "plain HTTP to HTTPS port"
 * page), so the error names the cause at once instead of a timeout or a parse error.
 */
final class SchemeMismatch {

    private SchemeMismatch() {
    }

    /** The 400 page Go's TLS server (Authentik's own) and nginx send to plain HTTP on a TLS port. */
    static boolean isPlainHttpToTlsPage(String body) {
        String b = body.length() > 2000 ? body.substring(0, 2000) : body;
        return b.contains("HTTP request to an HTTPS server") || b.contains("plain HTTP request was sent to HTTPS port");
    }

    /**
     * The message for a scheme mismatch behind {@code e}, or null when it is not one.
     *
     * @param stalledAfter the handshake limit when the TLS handshake got no answer, else null
     */
    static String describe(HttpUrl url, IOException e, String stalledAfter, String origin) {
        if (url.isHttps()) {
            if (stalledAfter != null) {
                return "https:// URL, but " + origin + " did not answer the TLS handshake within " + stalledAfter
                        + ": is it a plain-HTTP port? (then use http://)";
            }
            for (Throwable t = e; t != null; t = t.getCause()) {
                String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
                if (t instanceof SSLException && (m.contains("unrecognized ssl message") || m.contains("plaintext"))) {
                    return "https:// URL, but " + origin + " answers in plain HTTP, not TLS: use http:// (or the HTTPS port)";
                }
            }
            return null;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage();
            // A TLS record header: content type 0x15 (alert) or 0x16 (handshake), then major version 3.
            // okio reports what it read instead of a status line in hex ("content=15030300020246…").
            if (m.contains("\u0015\u0003") || m.contains("\u0016\u0003") || m.contains("content=1503")
                    || m.contains("content=1603")) {
                return "http:// URL, but " + origin + " answers with TLS: use https://";
            }
        }
        return null;
    }
}
