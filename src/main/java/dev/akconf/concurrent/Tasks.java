package dev.akconf.concurrent;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The one way akconf runs work on other threads: a pool of named daemon threads (bounded where the
 * caller bounds it, else a thread per task), background threads of their own, and {@link #await}, which
 * hands back a task's failure as the task threw it. Every thread is a daemon: a failed or forgotten run
 * must not keep the CLI's JVM alive waiting for sibling work. A task's {@code Error} (a full heap) is
 * rethrown as itself, so {@code cli/Main} recognises it.
 */
public final class Tasks implements AutoCloseable {

    private final ExecutorService pool;

    private Tasks(ExecutorService pool) {
        this.pool = pool;
    }

    /** At most {@code threads} tasks at once, the rest queued in submission order; threads {@code name-N}. */
    public static Tasks bounded(String name, int threads) {
        return new Tasks(Executors.newFixedThreadPool(threads, named(name)));
    }

    /** Every task on a thread of its own at once (threads are reused once idle); threads {@code name-N}. */
    public static Tasks perTask(String name) {
        return new Tasks(Executors.newCachedThreadPool(named(name)));
    }

    /** Starts {@code task}: on a free thread, or queued behind the running ones. */
    public <T> Future<T> start(Callable<T> task) {
        return pool.submit(task);
    }

    /** Starts {@code task} as {@link #start(Callable)} does. */
    public Future<?> start(Runnable task) {
        return pool.submit(task);
    }

    /** Starts {@code work} on a new daemon thread called {@code name}. */
    public static Thread background(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /**
     * The task's result, or what it threw, unchanged: a {@code RuntimeException} or {@code Error} as
     * itself, a checked exception inside an {@code IllegalStateException}. A cancelled task's
     * {@code CancellationException} passes as is. When the waiting thread is interrupted, its flag is set
     * again and {@code interrupted} says what to throw instead.
     */
    public static <T> T await(Future<T> task, Function<InterruptedException, ? extends RuntimeException> interrupted) {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted.apply(e);
        }
    }

    /**
     * Stops the threads: running tasks are interrupted, queued ones cancelled (so nobody waits for them
     * forever).
     */
    @Override
    public void close() {
        for (Runnable queued : pool.shutdownNow()) {
            if (queued instanceof Future<?> f) {
                f.cancel(false);
            }
        }
    }

    private static ThreadFactory named(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
