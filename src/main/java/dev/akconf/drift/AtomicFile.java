package dev.akconf.drift;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file whole or not at all: to a temporary file in the same directory, then renamed over
 * the target. A reader (node_exporter's textfile collector, a CI dashboard) never sees half a file,
 * and the temporary name ends in {@code .tmp}, which the textfile collector's {@code *.prom} skips.
 */
public final class AtomicFile {

    private AtomicFile() {
    }

    /** @param worldReadable make the file readable by other users (node_exporter usually runs as its own user) */
    public static void write(Path file, String text, boolean worldReadable) throws IOException {
        // A rename would replace a device node or a FIFO with a file: only regular files are written.
        String what = dev.akconf.diag.FileProblems.notRegular(file);
        if (what != null) {
            throw new java.nio.file.FileSystemException(file.toString(), null, "is " + what + ", not a regular file");
        }
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            if (worldReadable && FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
