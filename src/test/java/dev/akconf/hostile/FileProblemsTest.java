package dev.akconf.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.akconf.diag.FileProblems;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File problems in words, never an exception's class name (golden cases). */
class FileProblemsTest {

    @Test
    void describedInWords() {
        assertEquals("/x/plan.json: permission denied", FileProblems.describe(new AccessDeniedException("/x/plan.json")));
        assertEquals("/x: no such file or directory", FileProblems.describe(new NoSuchFileException("/x")));
        assertEquals("/x: not a directory", FileProblems.describe(new NotDirectoryException("/x")));
        assertEquals("/x: already exists (and is not a directory where one is needed)", FileProblems.describe(new FileAlreadyExistsException("/x")));
        assertEquals("/a -> /b: read-only file system", FileProblems.describe(new FileSystemException("/a", "/b", "Read-only file system")));
        assertEquals("input/output error", FileProblems.describe(new IOException()));
    }

    @Test
    void namesWhatAPathIs(@TempDir Path dir) throws IOException {
        assertNull(FileProblems.notRegular(dir.resolve("absent")));
        assertNull(FileProblems.notRegular(Files.writeString(dir.resolve("f"), "x")));
        assertEquals("a directory", FileProblems.notRegular(dir));
        assertEquals("a character device", FileProblems.notRegular(Path.of("/dev/null")));
    }
}
