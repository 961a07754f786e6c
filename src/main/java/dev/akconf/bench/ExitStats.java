package dev.akconf.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The child side of {@code akconf bench}: when {@value #ENV} names a file, {@code Main} writes
 * {@code {"peak_heap_bytes": N}} there at exit, N being the sum of every heap pool's peak usage.
 * Never stdout, and nothing at all (not even the management classes) when the variable is unset.
 */
public final class ExitStats {

    /** The environment variable naming the stats file. */
    public static final String ENV = "AKCONF_STATS_FILE";

    private ExitStats() {
    }

    /** Writes the stats file if {@code file} is set; a failure to write never changes the exit code. */
    public static void writeIfRequested(String file) {
        if (file == null || file.isBlank()) {
            return;
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        try {
            Files.writeString(Path.of(file), "{\"peak_heap_bytes\": " + peak + "}\n", StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            // Benchmark bookkeeping only: the command's own result stands.
        }
    }
}
