package dev.akconf.cli;

import dev.akconf.diag.FileProblems;
import dev.akconf.drift.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The files akconf writes on request ({@code plan --out}, {@code drift --junit/--metrics},
 * {@code import --out}): regular files only, parents created, written whole or not at all. A path
 * that is a device node or a FIFO is refused rather than replaced by a rename (or blocked on); a
 * permission problem is said in words. Checked before any request is sent, so a bad path costs
 * nothing, and again when writing.
 */
final class OutputFiles {

    private OutputFiles() {
    }

    /** Refuses, before any work, a path that cannot become a regular file. */
    static void check(String option, Path file) {
        if (file == null) {
            return;
        }
        String what = FileProblems.notRegular(file);
        if (what != null) {
            throw new OutputFileException(option + " " + file + ": is " + what + "; akconf writes only regular files");
        }
        Path parent = file.toAbsolutePath().getParent();
        Path existing = parent;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            throw new OutputFileException(option + " " + file + ": " + existing + " is not a directory");
        }
        if (existing != null && !Files.isWritable(existing)) {
            throw new OutputFileException(option + " " + file + ": permission denied: cannot create "
                    + (existing.equals(parent) ? "a file" : "a directory") + " in " + existing);
        }
    }

    /** Refuses an output directory that exists as something else, or any file in it that is not regular. */
    static void checkDirectory(String option, Path dir, Iterable<String> names) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new OutputFileException(option + " " + dir + ": exists and is not a directory");
        }
        for (String name : names) {
            check(option, dir.resolve(name));
        }
    }

    /** Writes {@code text} to {@code file} atomically; any failure becomes one worded line (exit 64). */
    static void write(String option, Path file, String text, boolean worldReadable) {
        check(option, file);
        try {
            AtomicFile.write(file, text, worldReadable);
        } catch (IOException e) {
            throw new OutputFileException(option + " " + file + ": cannot write: " + FileProblems.describe(e));
        }
    }
}
