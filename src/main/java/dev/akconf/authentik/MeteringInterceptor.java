package dev.akconf.authentik;

import java.io.IOException;
import java.util.function.Consumer;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Counts every attempt and its response bytes and, when a debug log is set, writes one line per
 * attempt: method, URL, status, duration, bytes. Never headers: they carry the token. The body is
 * read here (API responses are small JSON) so that byte counts and durations are exact, and no
 * further than the size limit ({@link BoundedBody}).
 */
final class MeteringInterceptor implements Interceptor {

    private final StatsCounter stats;
    private final Consumer<String> log;
    private final long maxBytes;

    /** {@code log} is null or already redacting (see {@link AuthentikClient}). */
    MeteringInterceptor(StatsCounter stats, Consumer<String> log, long maxBytes) {
        this.stats = stats;
        this.log = log;
        this.maxBytes = maxBytes;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        stats.countRequest(request.method());
        long start = System.nanoTime();
        try {
            Response response = chain.proceed(request);
            byte[] bytes;
            MediaType type;
            try (ResponseBody body = response.body()) {
                type = body.contentType();
                bytes = BoundedBody.read(body, maxBytes);
            }
            if (stats.addResponseBytes(bytes.length) > maxBytes * BoundedBody.RUN_FACTOR) {
                throw new BoundedBody.TooLarge(maxBytes * BoundedBody.RUN_FACTOR, true);
            }
            debug(request, response.code() + " (" + millis(start) + " ms, " + bytes.length + " bytes)");
            return response.newBuilder().body(ResponseBody.create(bytes, type)).build();
        } catch (IOException e) {
            debug(request, "failed (" + millis(start) + " ms): " + e.getClass().getSimpleName()
                    + ": " + e.getMessage());
            throw e;
        }
    }

    private void debug(Request request, String outcome) {
        if (log != null) {
            log.accept(request.method() + " " + request.url() + " -> " + outcome);
        }
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
