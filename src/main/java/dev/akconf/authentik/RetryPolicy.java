package dev.akconf.authentik;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import javax.net.ssl.SSLException;

/**
 * Decides whether a failed request is retried and how long to wait: exponential backoff with full
 * jitter ({@code random(0, min(cap, base * 2^(n-1)))}), a server's {@code Retry-After} taking
 * precedence, and a total time budget after which the last error is reported. Reads (GET, HEAD)
 * are retried on I/O errors and on 429/502/503/504; writes are not idempotent, so they are only
 * retried when the connection was refused, i.e. before a single byte was sent.
 *
 * @param base   first backoff ceiling
 * @param cap    largest backoff ceiling
 * @param budget total time (requests plus waits) after which no further retry starts
 * @param timer  clock and sleeper; tests inject a fake one so they never really sleep
 * @param random uniform values in [0, 1) for the jitter
 */
public record RetryPolicy(Duration base, Duration cap, Duration budget, Timer timer,
                          DoubleSupplier random) {

    /** Clock and sleeper used for backoff, injectable for tests. */
    public interface Timer {
        /** Monotonic time in nanoseconds. */
        long nanoTime();

        /** Waits for the given duration. */
        void sleep(Duration duration) throws InterruptedException;

        /** Wall-clock time, only used to interpret HTTP-date {@code Retry-After} values. */
        default Instant now() {
            return Instant.now();
        }
    }

    /** The real clock and {@link Thread#sleep}. */
    public static final Timer SYSTEM_TIMER = new Timer() {
        @Override public long nanoTime() { return System.nanoTime(); }
        @Override public void sleep(Duration d) throws InterruptedException { Thread.sleep(d.toMillis()); }
    };

    public RetryPolicy {
        if (base == null || cap == null || budget == null || timer == null || random == null) {
            throw new IllegalArgumentException("all RetryPolicy components are required");
        }
    }

    /** 200 ms base, 5 s cap, the given budget, real clock and random jitter. */
    public static RetryPolicy defaults(Duration budget) {
        return new RetryPolicy(Duration.ofMillis(200), Duration.ofSeconds(5), budget, SYSTEM_TIMER,
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /** Statuses meaning "try again later": rate limited or a proxy/gateway without a backend. */
    public boolean isRetryableStatus(int status) {
        return status == 429 || status == 502 || status == 503 || status == 504;
    }

    /**
     * Whether an I/O failure is worth another attempt. Certificate problems, unknown hosts, malformed
     * HTTP and answers over the size limit will not fix themselves within seconds, so they are
     * reported at once.
     */
    public boolean isRetryable(IOException e, boolean idempotent) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            // A malformed or oversized answer is the server's way of answering, not a passing fault.
            if (t instanceof SSLException || t instanceof CertificateException
                    || t instanceof UnknownHostException || t instanceof java.net.ProtocolException
                    || t instanceof BoundedBody.TooLarge) {
                return false;
            }
        }
        if (idempotent) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    /** Backoff before retry number {@code retry} (1 for the first retry), with full jitter. */
    public Duration backoff(int retry) {
        int shift = Math.min(Math.max(retry - 1, 0), 30);
        long ceiling = Math.min(cap.toMillis(), base.toMillis() << shift);
        double r = Math.min(Math.max(random.getAsDouble(), 0.0), 1.0);
        return Duration.ofMillis(Math.round(ceiling * r));
    }

    /** The wait before retry number {@code retry}: {@code Retry-After} when usable, else backoff. */
    public Duration delay(int retry, String retryAfterHeader) {
        return parseRetryAfter(retryAfterHeader).orElseGet(() -> backoff(retry));
    }

    /** Parses {@code Retry-After} in seconds or HTTP-date form; empty when absent or unreadable. */
    public Optional<Duration> parseRetryAfter(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(timer.now(), at);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }

    /** True when waiting {@code delay} more still ends within the budget started at {@code startNanos}. */
    public boolean fitsBudget(long startNanos, Duration delay) {
        long elapsed = timer.nanoTime() - startNanos;
        return elapsed + delay.toNanos() <= budget.toNanos();
    }
}
