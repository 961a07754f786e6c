package dev.akconf.authentik;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Request tag through which {@link RetryInterceptor} tells the caller how many attempts a call
 * took, so the final error can say "gave up after N attempts"; {@link TlsWatch} marks a TLS
 * handshake that timed out the same way.
 */
final class Attempts {

    private final AtomicInteger count = new AtomicInteger();
    private volatile boolean tlsStalled;

    void increment() {
        count.incrementAndGet();
    }

    int count() {
        return count.get();
    }

    void markTlsStalled() {
        tlsStalled = true;
    }

    /** A TLS handshake of this call got no answer in time (see {@link HandshakeTimeout}). */
    boolean tlsStalled() {
        return tlsStalled;
    }
}
