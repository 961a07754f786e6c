package dev.akconf.config;

/**
 * Bounds that keep hostile or broken input (alias bombs, runaway nesting, huge files) from costing
 * unbounded memory or time. Real akconf files are a few kilobytes with nesting under 15 levels.
 */
public record YamlLimits(long maxFileBytes, int maxDepth, int maxNodes) {

    public static final YamlLimits DEFAULT = new YamlLimits(4L * 1024 * 1024, 64, 100_000);
}
