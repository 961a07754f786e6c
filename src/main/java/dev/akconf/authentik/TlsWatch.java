package dev.akconf.authentik;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.SocketTimeoutException;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.Protocol;

/**
 * Notices a TLS handshake that timed out (OkHttp reports it as a plain read timeout) and marks the
 * call's {@link Attempts}: that is what an {@code https://} URL pointing at a plain-HTTP port looks like
 * when the server waits for a request line that never comes. The mark stops retries and lets the
 * error name the likely cause instead of "timed out".
 */
final class TlsWatch extends EventListener {

    private volatile boolean inHandshake;

    static EventListener.Factory factory() {
        return call -> new TlsWatch();
    }

    @Override
    public void secureConnectStart(Call call) {
        inHandshake = true;
    }

    @Override
    public void secureConnectEnd(Call call, okhttp3.Handshake handshake) {
        inHandshake = false;
    }

    @Override
    public void connectFailed(Call call, InetSocketAddress address, Proxy proxy, Protocol protocol, IOException e) {
        if (inHandshake && e instanceof SocketTimeoutException) {
            Attempts attempts = call.request().tag(Attempts.class);
            if (attempts != null) {
                attempts.markTlsStalled();
            }
        }
        inHandshake = false;
    }
}
