package dev.akconf.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.authentik.AuthentikException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Reads run at once, and their results and failures come back in the order a sequential reader would see. */
class ParallelReadsTest {

    @Test
    void readsRunAtTheSameTime() throws InterruptedException {
        CountDownLatch bothStarted = new CountDownLatch(2);
        try (ParallelReads reads = new ParallelReads()) {
            Future<String> a = reads.start(() -> meet(bothStarted, "a"));
            Future<String> b = reads.start(() -> meet(bothStarted, "b"));
            assertEquals("a", ParallelReads.await(a));
            assertEquals("b", ParallelReads.await(b));
        }
    }

    @Test
    void theFirstFailureInSubmissionOrderIsTheOneThrown() {
        CountDownLatch secondFailed = new CountDownLatch(1);
        try (ParallelReads reads = new ParallelReads()) {
            Future<String> first = reads.start(() -> {
                assertTrue(secondFailed.await(5, TimeUnit.SECONDS));
                throw new AuthentikException("first", AuthentikException.EXIT_API);
            });
            Future<String> second = reads.start(() -> {
                secondFailed.countDown();
                throw new AuthentikException("second", AuthentikException.EXIT_API);
            });
            AuthentikException e = assertThrows(AuthentikException.class, () -> {
                ParallelReads.await(first);
                ParallelReads.await(second);
            });
            assertEquals("first", e.getMessage());
        }
    }

    private static String meet(CountDownLatch latch, String value) throws InterruptedException {
        latch.countDown();
        if (!latch.await(5, TimeUnit.SECONDS)) {
            throw new AssertionError("the other read never started: reads ran one after another");
        }
        return value;
    }
}
