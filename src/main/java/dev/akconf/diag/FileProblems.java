package dev.akconf.diag;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * A file problem in words: {@code NoSuchFileException: x} tells a user nothing the path does not,
 * and an exception's class name is no message. Also names what a path is when it is not a regular
 * file (a FIFO would block a reader forever, a device would be replaced or read without end).
 */
public final class FileProblems {

    private FileProblems() {
    }

    /** {@code PATH: permission denied}, {@code PATH: no such file or directory}, …; never a class name. */
    public static String describe(IOException e) {
        String file = e instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() : null;
        String other = e instanceof FileSystemException fs ? fs.getOtherFile() : null;
        String what;
        if (e instanceof AccessDeniedException) {
            what = "permission denied";
        } else if (e instanceof NoSuchFileException) {
            what = "no such file or directory";
        } else if (e instanceof NotDirectoryException) {
            what = "not a directory";
        } else if (e instanceof FileAlreadyExistsException) {
            what = "already exists (and is not a directory where one is needed)";
        } else if (e instanceof DirectoryNotEmptyException) {
            what = "is a directory that is not empty";
        } else if (e instanceof FileSystemLoopException) {
            what = "symbolic link loop";
        } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
            what = fs.getReason().toLowerCase(java.util.Locale.ROOT);
        } else {
            what = e.getMessage() == null ? "input/output error" : e.getMessage();
            return file == null ? what : file + ": " + what;
        }
        return (file == null ? "" : file + (other == null ? "" : " -> " + other) + ": ") + what;
    }

    /** What {@code path} is when it exists and is not a regular file ("a FIFO", "a device"), else null. */
    public static String notRegular(Path path) {
        if (!Files.exists(path) || Files.isRegularFile(path)) {
            return null;
        }
        if (Files.isDirectory(path)) {
            return "a directory";
        }
        try {
            Object type = Files.readAttributes(path, "unix:mode").get("mode");
            if (type instanceof Integer mode) {
                return switch (mode & 0170000) {
                    case 0010000 -> "a FIFO (named pipe)";
                    case 0020000 -> "a character device";
                    case 0060000 -> "a block device";
                    case 0140000 -> "a socket";
                    default -> "not a regular file";
                };
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // Not a Unix file system: the generic words below.
        }
        return Files.isSymbolicLink(path) && !Files.exists(path, LinkOption.NOFOLLOW_LINKS) ? "a broken link" : "not a regular file";
    }
}
