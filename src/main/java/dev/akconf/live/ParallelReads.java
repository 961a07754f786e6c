package dev.akconf.live;

import dev.akconf.authentik.AuthentikException;
import dev.akconf.concurrent.Tasks;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;

/**
 * Independent reads started at once, each on its own thread (a read may itself wait for its list's
 * pages on the client's bounded pool, so they must not share it). Results are taken in submission
 * order, and so is a failure: when several fail, the caller sees the one a one-at-a-time reader would
 * have met first.
 */
public final class ParallelReads implements AutoCloseable {

    private final Tasks threads = Tasks.perTask("akconf-read");

    /** Starts {@code read} on a thread of its own. */
    public <T> Future<T> start(Callable<T> read) {
        return threads.start(read);
    }

    /** The read's result, or its failure as thrown by the client. */
    public static <T> T await(Future<T> read) {
        return Tasks.await(read, e -> new AuthentikException("interrupted while reading Authentik", AuthentikException.EXIT_API));
    }

    /** Abandons reads nobody will wait for (after a failure) and lets the threads go. */
    @Override
    public void close() {
        threads.close();
    }
}
