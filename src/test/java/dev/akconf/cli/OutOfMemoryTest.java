package dev.akconf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JVM whose heap is too small for the configuration ends with one line naming AKCONF_JAVA_OPTS, exit 1,
 * no stack trace and no "please report this": a child JVM with a 16 MiB heap validating four 3.9 MB files.
 */
class OutOfMemoryTest {

    @Test
    void aFullHeapEndsInOneLineNamingAkconfJavaOpts(@TempDir Path dir) throws IOException, InterruptedException {
        for (int f = 0; f < 4; f++) {
            Files.writeString(dir.resolve("g" + f + ".yaml"), "kind: Group\nname: g" + f + "\nspec:\n  attributes:\n    blob: \""
                    + "x".repeat(3_900_000) + "\"\n");
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx16m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "validate", "-c", dir.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, p.waitFor(), out);
        List<String> lines = out.lines().toList();
        assertEquals(1, lines.size(), out);
        assertTrue(lines.get(0).matches("akconf: out of memory: the Java heap \\(\\d+ MiB\\) is full; rerun with a larger one,"
                + " e\\.g\\. AKCONF_JAVA_OPTS=-Xmx\\d+m \\(see README, \"Memory\"\\)"), out);
        assertFalse(out.contains("please report"), out);
    }
}
