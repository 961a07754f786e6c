package dev.akconf.live;

import dev.akconf.authentik.AuthentikException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Independent reads started at once, each on its own thread (a read may itself wait for its list's
 * pages on the client's bounded pool, so they must not share it). Results are taken in submission
 * order, and so is a failure: when several fail, the caller sees the one a one-at-a-time reader would
 * have met first.
 */
public final class ParallelReads implements AutoCloseable {

    private final ExecutorService threads;
    private final List<Future<?>> started = new ArrayList<>();

    public ParallelReads() {
        AtomicInteger n = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "akconf-read-" + n.incrementAndGet());
            t.setDaemon(true); // a failed plan must not wait for its sibling reads to finish
            return t;
        });
    }

    /** Starts {@code read} on a thread of its own. */
    public <T> Future<T> start(Callable<T> read) {
        Future<T> f = threads.submit(read);
        started.add(f);
        return f;
    }

    /** The read's result, or its failure as thrown by the client. */
    public static <T> T await(Future<T> read) {
        try {
            return read.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuthentikException("interrupted while reading Authentik", AuthentikException.EXIT_API);
        }
    }

    /** Abandons reads nobody will wait for (after a failure) and lets the threads go. */
    @Override
    public void close() {
        started.forEach(f -> f.cancel(true));
        threads.shutdownNow();
    }
}
