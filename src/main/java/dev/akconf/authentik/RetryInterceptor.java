package dev.akconf.authentik;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.function.Consumer;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Retries a call according to {@link RetryPolicy}. When it gives up it returns the last response
 * (so the caller maps its status and body) or rethrows the last I/O error. OkHttp's own recovery
 * (another route, a stale pooled connection) stays on underneath; {@link Transport} makes write
 * bodies one-shot and {@link RetryAfterShield} hides 503 Retry-After, so OkHttp never re-sends a
 * write whose body may have reached the server.
 */
final class RetryInterceptor implements Interceptor {

    private final RetryPolicy policy;
    private final StatsCounter stats;
    private final Consumer<String> log;

    RetryInterceptor(RetryPolicy policy, StatsCounter stats, Consumer<String> log) {
        this.policy = policy;
        this.stats = stats;
        this.log = log;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        boolean idempotent = request.method().equals("GET") || request.method().equals("HEAD");
        Attempts attempts = request.tag(Attempts.class);
        long start = policy.timer().nanoTime();
        for (int attempt = 1; ; attempt++) {
            if (attempts != null) {
                attempts.increment();
            }
            Response response;
            try {
                response = chain.proceed(request);
            } catch (IOException e) {
                boolean tlsStalled = attempts != null && attempts.tlsStalled();
                if (chain.call().isCanceled() || tlsStalled || !policy.isRetryable(e, idempotent)) {
                    throw e;
                }
                Duration wait = policy.backoff(attempt);
                if (!policy.fitsBudget(start, wait)) {
                    throw e;
                }
                pause(request, attempt, wait, e.getClass().getSimpleName());
                continue;
            }
            if (!idempotent || !policy.isRetryableStatus(response.code())) {
                return response;
            }
            String retryAfter = response.header(RetryAfterShield.HEADER, response.header("Retry-After"));
            Duration wait = policy.delay(attempt, retryAfter);
            if (!policy.fitsBudget(start, wait)) {
                return response;
            }
            response.close();
            pause(request, attempt, wait, "HTTP " + response.code());
        }
    }

    private void pause(Request request, int attempt, Duration wait, String reason) throws IOException {
        if (log != null) {
            log.accept("retry " + attempt + " of " + request.method() + " " + request.url()
                    + " in " + wait.toMillis() + " ms after " + reason);
        }
        try {
            if (!wait.isZero()) {
                policy.timer().sleep(wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to retry");
        }
        stats.countRetry();
    }
}
