package dev.akconf.authentik;

import dev.akconf.concurrent.Tasks;
import java.util.concurrent.FutureTask;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * Builds OkHttp's default client on a background thread while the CLI is still reading the
 * configuration: its first build loads OkHttp's and Kotlin's classes, the JDK's security providers
 * and the system trust store, about 0.25 s of a cold start that would otherwise sit between a valid
 * configuration and the first request. Nothing is sent and nothing can fail visibly here; clients
 * built before or without it build their own.
 */
public final class HttpWarmup {

    private static FutureTask<OkHttpClient> base;

    private HttpWarmup() {
    }

    /** Starts the background build once per process; later calls do nothing. */
    public static synchronized void start() {
        if (base == null) {
            base = new FutureTask<>(() -> new OkHttpClient.Builder().build());
            Tasks.background("akconf-http-warmup", base); // an early exit (invalid configuration) must not wait for it
        }
    }

    /**
     * A builder with the warmed-up TLS defaults (socket factory, trust manager) but its own dispatcher
     * (the caller sets its own connection pool), since {@link AuthentikClient#close()} shuts those
     * down; a fresh builder when no warm-up was started or it failed.
     */
    static OkHttpClient.Builder builder() {
        FutureTask<OkHttpClient> task;
        synchronized (HttpWarmup.class) {
            task = base;
        }
        if (task != null) {
            try {
                return Tasks.await(task, IllegalStateException::new).newBuilder().dispatcher(new Dispatcher());
            } catch (RuntimeException | Error e) {
                // The same build will fail again below, where its error is reported as usual (an
                // interrupted wait keeps the flag and builds anew, too).
            }
        }
        return new OkHttpClient.Builder();
    }
}
