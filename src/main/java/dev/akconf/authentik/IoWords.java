package dev.akconf.authentik;

import java.io.EOFException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;

/**
 * A network failure in words, for the failures whose exception carries no message: a user reads
 * "connection refused", not {@code ConnectException}.
 */
public final class IoWords {

    private IoWords() {
    }

    public static String of(Throwable e) {
        if (e instanceof SocketTimeoutException) {
            return "timed out";
        }
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        if (e instanceof NoRouteToHostException) {
            return "no route to host";
        }
        if (e instanceof UnknownHostException) {
            return "unknown host";
        }
        if (e instanceof EOFException) {
            return "the connection closed before the answer was complete";
        }
        if (e instanceof SSLException) {
            return "TLS handshake failed";
        }
        if (e instanceof InterruptedIOException) {
            return "interrupted";
        }
        if (e instanceof SocketException) {
            return "connection failed";
        }
        return "input/output error";
    }
}
