package dev.akconf.hostile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@link HostileAuthentik} writes back, at the byte level: well-formed JSON answers, redirects,
 * and the misbehaviours a hostile server or a broken proxy shows (slow drip, endless body, lying
 * Content-Length, broken chunking, raw bytes, silence). {@link #write} returns whether the connection
 * may be reused.
 */
@FunctionalInterface
public interface Reply {

    /** Writes the answer; returns false when the connection must be closed afterwards. */
    boolean write(OutputStream out) throws IOException, InterruptedException;

    /** A complete answer with Content-Length and {@code Content-Type: application/json}. */
    static Reply json(int status, String body) {
        return status(status, Map.of("Content-Type", "application/json"), body.getBytes(StandardCharsets.UTF_8));
    }

    /** A complete answer with the given headers (Content-Length is added). */
    static Reply status(int status, Map<String, String> headers, byte[] body) {
        return out -> {
            Map<String, String> all = new LinkedHashMap<>(headers);
            all.put("Content-Length", String.valueOf(body.length));
            head(out, status, all);
            out.write(body);
            out.flush();
            return true;
        };
    }

    /** A redirect to {@code location} (any text, sent as is), with a small JSON body. */
    static Reply redirect(int status, String location) {
        return status(status, Map.of("Location", location, "Content-Type", "application/json"),
                "{\"detail\": \"moved\"}".getBytes(StandardCharsets.UTF_8));
    }

    /** Headers announcing {@code body}, then one byte of it every {@code every}, until done or the client leaves. */
    static Reply drip(int status, String body, Duration every) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return out -> {
            head(out, status, Map.of("Content-Type", "application/json", "Content-Length", String.valueOf(bytes.length)));
            out.flush();
            for (byte b : bytes) {
                Thread.sleep(every.toMillis());
                out.write(b);
                out.flush();
            }
            return true;
        };
    }

    /** A chunked 200 whose body never ends: {@code {"results": [{}, {}, ...} until the client hangs up. */
    static Reply endless() {
        return out -> {
            head(out, 200, Map.of("Content-Type", "application/json", "Transfer-Encoding", "chunked"));
            chunk(out, "{\"pagination\": {\"total_pages\": 1}, \"results\": [{}");
            String more = ", {}".repeat(16 * 1024);
            while (true) {
                chunk(out, more); // an IOException (client gone) ends the loop
            }
        };
    }

    /** Headers claiming {@code claimed} bytes, fewer sent, then the connection closes. */
    static Reply shortBody(int status, String body, long claimed) {
        return out -> {
            head(out, status, Map.of("Content-Type", "application/json", "Content-Length", String.valueOf(claimed)));
            out.write(body.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return false;
        };
    }

    /** A chunked answer whose chunk size is not hexadecimal. */
    static Reply badChunking() {
        return raw("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n");
    }

    /** These exact bytes (ISO-8859-1), then the connection closes. */
    static Reply raw(String bytes) {
        return out -> {
            out.write(bytes.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return false;
        };
    }

    /** Never answers: holds the connection open until the client gives up or the server closes. */
    static Reply silence() {
        return out -> {
            Thread.sleep(Long.MAX_VALUE);
            return false;
        };
    }

    static void head(OutputStream out, int status, Map<String, String> headers) throws IOException {
        StringBuilder s = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
        headers.forEach((k, v) -> s.append(k).append(": ").append(v).append("\r\n"));
        s.append("\r\n");
        out.write(s.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    private static void chunk(OutputStream out, String text) throws IOException {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        out.write((Integer.toHexString(b.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(b);
        out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 204 -> "No Content";
            case 301 -> "Moved Permanently";
            case 302 -> "Found";
            case 303 -> "See Other";
            case 307 -> "Temporary Redirect";
            case 308 -> "Permanent Redirect";
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 500 -> "Internal Server Error";
            default -> "Status";
        };
    }
}
