package dev.akconf.authentik;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Request tag through which {@link RetryInterceptor} tells the caller how many attempts a call
 * took, so the final error can say "gave up after N attempts".
 */
final class Attempts {

    private final AtomicInteger count = new AtomicInteger();

    void increment() {
        count.incrementAndGet();
    }

    int count() {
        return count.get();
    }
}
