package dev.akconf.authentik;

import java.io.EOFException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLException;

/**
 * A network failure in words, for the failures whose exception carries no message: a user reads
 * "connection refused", not {@code ConnectException}.
 */
public final class IoWords {

    private IoWords() {
    }

    /** Most specific first: a timeout is an interrupted I/O, a refused connection a socket failure. */
    private static final List<Map.Entry<Class<? extends Throwable>, String>> WORDS = List.of(
            Map.entry(SocketTimeoutException.class, "timed out"),
            Map.entry(ConnectException.class, "connection refused"),
            Map.entry(NoRouteToHostException.class, "no route to host"),
            Map.entry(UnknownHostException.class, "unknown host"),
            Map.entry(EOFException.class, "the connection closed before the answer was complete"),
            Map.entry(SSLException.class, "TLS handshake failed"),
            Map.entry(InterruptedIOException.class, "interrupted"),
            Map.entry(SocketException.class, "connection failed"));

    public static String of(Throwable e) {
        for (Map.Entry<Class<? extends Throwable>, String> w : WORDS) {
            if (w.getKey().isInstance(e)) {
                return w.getValue();
            }
        }
        return "input/output error";
    }
}
