package dev.akconf.config;

import java.nio.file.Path;

/**
 * A configuration file found on disk.
 *
 * @param path  where it is
 * @param label how diagnostics name it (the path as the user's {@code -c} argument reached it)
 */
public record SourceFile(Path path, String label) {
}
