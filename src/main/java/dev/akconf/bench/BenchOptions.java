package dev.akconf.bench;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What {@code akconf bench} measures.
 *
 * @param n              proxy providers, and as many applications
 * @param latency        the simulator's sleep before serving each request
 * @param changedPercent share of providers the "changed" configuration changes
 * @param runs           runs per phase; the report shows the median wall time
 * @param outDir         where the configuration, each child's output and stats files go
 */
public record BenchOptions(int n, Duration latency, int changedPercent, int runs, Path outDir) {

    public BenchOptions {
        if (n < 1) {
            throw new IllegalArgumentException("--n must be at least 1");
        }
        if (changedPercent < 1 || changedPercent > 100) {
            throw new IllegalArgumentException("--changed-percent must be between 1 and 100");
        }
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1");
        }
        if (latency.isNegative()) {
            throw new IllegalArgumentException("--latency-ms must not be negative");
        }
    }
}
