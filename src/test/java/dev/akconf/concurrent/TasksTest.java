package dev.akconf.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A task's failure reaches the waiter as the task threw it; threads are named daemons. */
class TasksTest {

    @Test
    void aRuntimeExceptionAndAnErrorAreRethrownAsThemselves() {
        IllegalArgumentException thrown = new IllegalArgumentException("bad");
        OutOfMemoryError full = new OutOfMemoryError("Java heap space");
        try (Tasks tasks = Tasks.bounded("test", 2)) {
            Future<Object> a = tasks.start(() -> {
                throw thrown;
            });
            Future<Object> b = tasks.start(() -> {
                throw full;
            });
            assertSame(thrown, assertThrows(IllegalArgumentException.class, () -> Tasks.await(a, IllegalStateException::new)));
            assertSame(full, assertThrows(OutOfMemoryError.class, () -> Tasks.await(b, IllegalStateException::new)));
        }
    }

    @Test
    void aCheckedExceptionIsWrappedOnce() {
        Exception checked = new Exception("checked");
        try (Tasks tasks = Tasks.perTask("test")) {
            Future<Object> f = tasks.start(() -> {
                throw checked;
            });
            assertSame(checked, assertThrows(IllegalStateException.class, () -> Tasks.await(f, IllegalStateException::new)).getCause());
        }
    }

    @Test
    void anInterruptedWaitThrowsWhatTheCallerSaysAndKeepsTheFlag() {
        Thread.currentThread().interrupt();
        try {
            RuntimeException e = assertThrows(RuntimeException.class,
                    () -> Tasks.await(new CompletableFuture<String>(), i -> new RuntimeException("interrupted here", i)));
            assertEquals("interrupted here", e.getMessage());
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void threadsAreNamedDaemons() {
        try (Tasks tasks = Tasks.bounded("akconf-test", 1)) {
            Thread t = Tasks.await(tasks.start(Thread::currentThread), IllegalStateException::new);
            assertEquals("akconf-test-1", t.getName());
            assertTrue(t.isDaemon());
        }
    }

    @Test
    void closeCancelsQueuedTasksSoNobodyWaitsForThemForever() throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        Future<?> queued;
        try (Tasks tasks = Tasks.bounded("test", 1)) {
            tasks.start(() -> {
                running.countDown();
                new CountDownLatch(1).await(); // until close interrupts it
                return null;
            });
            queued = tasks.start(() -> "never");
            assertTrue(running.await(5, TimeUnit.SECONDS));
        }
        assertThrows(CancellationException.class, () -> Tasks.await(queued, IllegalStateException::new));
    }
}
