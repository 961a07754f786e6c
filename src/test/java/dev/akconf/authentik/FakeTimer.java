package dev.akconf.authentik;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** A retry timer whose clock only moves when something "sleeps", so retry tests never wait. */
final class FakeTimer implements RetryPolicy.Timer {

    final AtomicLong nanos = new AtomicLong();
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    Instant wallClock = Instant.parse("2026-03-01T12:00:00Z");

    @Override
    public long nanoTime() {
        return nanos.get();
    }

    @Override
    public void sleep(Duration duration) {
        sleeps.add(duration);
        nanos.addAndGet(duration.toNanos());
    }

    @Override
    public Instant now() {
        return wallClock;
    }

    /** Backoff always at its ceiling (jitter 1.0), so delays are predictable. */
    static RetryPolicy policy(FakeTimer timer, Duration budget) {
        return new RetryPolicy(Duration.ofMillis(200), Duration.ofSeconds(5), budget, timer, () -> 1.0);
    }
}
