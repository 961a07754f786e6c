package dev.akconf.authentik;

import java.util.function.Supplier;
import okhttp3.OkHttpClient;

/**
 * The OkHttp client, built at the first request rather than with the {@link AuthentikClient}: with the
 * system's TLS defaults its build waits for {@link HttpWarmup}, which runs while the configuration is
 * read. Custom TLS ({@code --ca-cert}, {@code --insecure}) is built eagerly, so its errors come first,
 * as before.
 */
final class LazyHttp implements Supplier<OkHttpClient> {

    private final Supplier<OkHttpClient> build;
    private OkHttpClient client;

    LazyHttp(Supplier<OkHttpClient> build) {
        this.build = build;
    }

    static LazyHttp of(OkHttpClient built) {
        LazyHttp lazy = new LazyHttp(() -> built);
        lazy.get();
        return lazy;
    }

    @Override
    public synchronized OkHttpClient get() {
        if (client == null) {
            client = build.get();
        }
        return client;
    }

    /** Releases the client's threads and pooled connections, if it was ever built. */
    synchronized void close() {
        if (client != null) {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }
}
