package dev.akconf.authentik;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import javax.net.ssl.SSLSocketFactory;

/**
 * Gives the TLS handshake its own, short read timeout: a TLS server answers a ClientHello within a
 * round trip, while a plain-HTTP server waits for a request line and would otherwise hold the client
 * for the whole read timeout. OkHttp layers TLS over the connected socket with
 * {@link #createSocket(Socket, String, int, boolean)} and sets the read timeout again when it starts
 * using the connection (RealConnection.newCodec), so only the handshake sees this value.
 */
final class HandshakeTimeout extends SSLSocketFactory {

    /** "Recognised within about 2 s" (issue 14); lowered to --connect-timeout or --read-timeout when those are shorter. */
    static final Duration LIMIT = Duration.ofSeconds(2);

    /** {@link #LIMIT}, or the connect or read timeout when shorter. */
    static Duration limitFor(ClientSettings settings) {
        Duration limit = LIMIT;
        for (Duration d : new Duration[] {settings.connectTimeout(), settings.readTimeout()}) {
            limit = d.compareTo(limit) < 0 ? d : limit;
        }
        return limit;
    }

    private final SSLSocketFactory delegate;
    private final int millis;

    HandshakeTimeout(SSLSocketFactory delegate, Duration limit) {
        this.delegate = delegate;
        this.millis = (int) Math.max(1, limit.toMillis());
    }

    @Override
    public Socket createSocket(Socket s, String host, int port, boolean autoClose) throws IOException {
        s.setSoTimeout(millis);
        return delegate.createSocket(s, host, port, autoClose);
    }

    @Override public String[] getDefaultCipherSuites() { return delegate.getDefaultCipherSuites(); }
    @Override public String[] getSupportedCipherSuites() { return delegate.getSupportedCipherSuites(); }
    @Override public Socket createSocket() throws IOException { return delegate.createSocket(); }
    @Override public Socket createSocket(String host, int port) throws IOException { return delegate.createSocket(host, port); }
    @Override public Socket createSocket(InetAddress host, int port) throws IOException { return delegate.createSocket(host, port); }
    @Override public Socket createSocket(String host, int port, InetAddress local, int localPort) throws IOException {
        return delegate.createSocket(host, port, local, localPort);
    }
    @Override public Socket createSocket(InetAddress host, int port, InetAddress local, int localPort) throws IOException {
        return delegate.createSocket(host, port, local, localPort);
    }
}
