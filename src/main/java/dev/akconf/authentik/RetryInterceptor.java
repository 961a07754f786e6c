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
    private final Consumer<String> notices;
    private final String apiPath;

    RetryInterceptor(RetryPolicy policy, StatsCounter stats, Consumer<String> log) {
        this(policy, stats, log, null, null);
    }

    /**
     * @param notices where the user-facing retry line goes (stderr in the CLI, with or without --debug)
     * @param apiBase the API root, so the line shows {@code /core/applications/} rather than the whole URL
     */
    RetryInterceptor(RetryPolicy policy, StatsCounter stats, Consumer<String> log, Consumer<String> notices,
                     String apiBase) {
        this.policy = policy;
        this.stats = stats;
        this.log = log;
        this.notices = notices;
        okhttp3.HttpUrl base = apiBase == null ? null : okhttp3.HttpUrl.parse(apiBase);
        this.apiPath = base == null ? "" : base.encodedPath().replaceAll("/+$", "");
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
                // Interrupted (not timed out): the run abandoned this read after another one failed;
                // a retry, and its line on stderr, would only follow the real error.
                boolean abandoned = e instanceof InterruptedIOException && !(e instanceof java.net.SocketTimeoutException);
                if (chain.call().isCanceled() || abandoned || tlsStalled || !policy.isRetryable(e, idempotent)) {
                    throw e;
                }
                Duration wait = policy.backoff(attempt);
                if (!policy.fitsBudget(start, wait)) {
                    throw e;
                }
                pause(request, attempt, wait, IoWords.of(e), start, ioReason(e));
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
            String status = "HTTP " + response.code() + " " + ErrorMapper.reason(response.code(), response.message());
            pause(request, attempt, wait, "HTTP " + response.code(), start, status);
        }
    }

    private void pause(Request request, int attempt, Duration wait, String reason, long start, String shown)
            throws IOException {
        if (log != null) {
            log.accept("retry " + attempt + " of " + request.method() + " " + request.url()
                    + " in " + wait.toMillis() + " ms after " + reason);
        }
        if (notices != null) {
            // Issue 17: a refused port must not be 15 s of silence. No header, no query value but the page.
            long left = Math.max(0, policy.budget().toMillis() - (policy.timer().nanoTime() - start) / 1_000_000);
            notices.accept("retrying " + request.method() + " " + shownPath(request.url()) + " in " + seconds(wait.toMillis())
                    + ": " + shown + " (attempt " + attempt + " failed; " + seconds(left) + " of --retry-time left)");
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

    /** The path below the API root, and the page of a list: {@code /core/applications/ page 3}. */
    private String shownPath(okhttp3.HttpUrl url) {
        String path = url.encodedPath();
        if (!apiPath.isEmpty() && path.startsWith(apiPath + "/")) {
            path = path.substring(apiPath.length());
        }
        String page = url.queryParameter("page");
        return path + (page != null && page.matches("\\d{1,9}") ? " page " + page : "");
    }

    /** What went wrong, in words and without the exception's class or any server text. */
    static String ioReason(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains("refused")) {
                return "connection refused"; // OkHttp's ConnectException wraps the JDK's "Connection refused"
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(java.util.Locale.ROOT);
            if (t instanceof java.net.ConnectException) {
                return "cannot connect";
            }
            if (t instanceof java.net.SocketTimeoutException) {
                return m.contains("connect") ? "connect timed out" : "timed out waiting for the answer";
            }
            if (m.contains("reset")) {
                return "connection reset";
            }
            if (m.contains("end of stream") || m.contains("unexpected end")) {
                return "connection closed before the answer";
            }
        }
        return "network error";
    }

    private static String seconds(long millis) {
        return millis >= 10_000 || millis % 1000 == 0 ? (millis + 500) / 1000 + " s"
                : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
