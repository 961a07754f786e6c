package dev.akconf.cli;

import java.util.Locale;

/**
 * The one line akconf ends with when the JVM's heap is full, instead of a stack trace or "internal
 * error ... (please report this)": it is not a bug but a heap too small for the configuration or for
 * Authentik's lists, and {@code AKCONF_JAVA_OPTS} (read by bin/akconf and ./akconf) is the remedy.
 */
final class OutOfMemory {

    private OutOfMemory() {
    }

    /** The OutOfMemoryError in {@code e}'s cause chain (an executor may have wrapped it), or null. */
    static OutOfMemoryError find(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError oom) {
                return oom;
            }
        }
        return null;
    }

    /** E.g. "out of memory: the Java heap (256 MiB) is full; rerun with more, e.g. AKCONF_JAVA_OPTS=-Xmx512m ...". */
    static String message() {
        long max = Runtime.getRuntime().maxMemory();
        long mib = max == Long.MAX_VALUE ? 0 : max / (1024 * 1024);
        String suggest = mib <= 0 ? "1g" : Math.max(256, Integer.highestOneBit((int) Math.min(mib, 1 << 20)) * 2) + "m";
        return String.format(Locale.ROOT, "out of memory: the Java heap%s is full; rerun with a larger one, e.g."
                        + " AKCONF_JAVA_OPTS=-Xmx%s (see README, \"Memory\")",
                mib > 0 ? " (" + mib + " MiB)" : "", suggest);
    }
}
