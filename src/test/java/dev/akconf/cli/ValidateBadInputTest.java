package dev.akconf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input gives a clear one-line error naming the file, exit 3, and no stack trace. */
class ValidateBadInputTest {

    @TempDir
    Path dir;

    private CliRun validate(Path path) {
        CliRun run = CliRun.run("validate", "-c", path.toString());
        assertFalse(run.all().contains("Exception"), run::toString);
        assertFalse(run.all().contains("\tat "), run::toString);
        return run;
    }

    private static List<String> diagnosticLines(CliRun run) {
        return run.out().lines().filter(l -> l.contains(": error: ") || l.contains(": warning: ")).toList();
    }

    private static void assertOneError(CliRun run, String location, String fragment) {
        assertEquals(3, run.exitCode(), run::toString);
        List<String> lines = diagnosticLines(run);
        assertEquals(1, lines.size(), run::toString);
        assertTrue(lines.get(0).startsWith(location + ": error: "), run::toString);
        assertTrue(lines.get(0).contains(fragment), run::toString);
    }

    @Test
    void emptyFileIsAWarningOnly() throws IOException {
        Path f = Files.writeString(dir.resolve("empty.yaml"), "");
        CliRun run = validate(f);
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains(f + ": warning: file declares no resources"), run::toString);
    }

    @Test
    void nonUtf8() throws IOException {
        Path f = dir.resolve("latin1.yaml");
        Files.write(f, "kind: Outpost\nname: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertOneError(validate(f), f.toString(), "not valid UTF-8");
    }

    @Test
    void binaryContent() throws IOException {
        Path f = dir.resolve("image.yaml");
        Files.write(f, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertOneError(validate(f), f.toString(), "binary content");
    }

    @Test
    void fiftyMegabyteFileIsRefusedUnread() throws IOException {
        Path f = dir.resolve("huge.yaml");
        byte[] line = "# padding padding padding padding padding padding padding padding\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(f)) {
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        assertOneError(validate(f), f.toString(), "over the 4 MiB limit");
    }

    @Test
    void billionLaughs() throws IOException {
        StringBuilder y = new StringBuilder("kind: Outpost\nname: x\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        String prev = "a";
        for (String n : List.of("b", "c", "d", "e", "f", "g", "h", "i")) {
            y.append(n).append(": &").append(n).append(" [");
            for (int i = 0; i < 9; i++) {
                y.append(i == 0 ? "" : ",").append('*').append(prev);
            }
            y.append("]\n");
            prev = n;
        }
        Path f = Files.writeString(dir.resolve("lol.yaml"), y);
        CliRun run = validate(f);
        assertEquals(3, run.exitCode(), run::toString);
        assertTrue(diagnosticLines(run).get(0).matches(".*lol\\.yaml:\\d+:\\d+: error: .*alias bomb.*"), run::toString);
    }

    @Test
    void tenThousandDeepNesting() throws IOException {
        Path f = Files.writeString(dir.resolve("deep.yaml"), "kind: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
        // The 65th "[" opens level 65: column 7 + 64 - 1 = 70.
        assertOneError(validate(f), f + ":1:70", "nesting deeper than 64");
    }

    @Test
    void symlinkLoop() throws IOException {
        Path root = Files.createDirectory(dir.resolve("conf"));
        Files.writeString(root.resolve("a.yaml"), "");
        Files.createSymbolicLink(root.resolve("loop"), root);
        CliRun run = validate(root);
        assertEquals(3, run.exitCode(), run::toString);
        assertTrue(run.out().contains(root.resolve("loop") + ": error: symbolic link loop"), run::toString);
    }

    @Test
    void directoryWithoutYaml() throws IOException {
        Path d = Files.createDirectory(dir.resolve("nothing"));
        Files.writeString(d.resolve("notes.txt"), "hello");
        Files.writeString(d.resolve(".hidden.yaml"), "kind: [");
        assertOneError(validate(d), d.toString(), "no *.yaml or *.yml files");
    }

    @Test
    void missingPath() {
        Path missing = dir.resolve("nope");
        assertOneError(validate(missing), missing.toString(), "no such file or directory");
    }

    @Test
    void documentThatIsAList() throws IOException {
        Path f = Files.writeString(dir.resolve("list.yaml"), "# a list\n- kind: Outpost\n  name: x\n");
        assertOneError(validate(f), f + ":2:1", "a document must be a mapping");
    }

    @Test
    void documentThatIsAScalar() throws IOException {
        Path f = Files.writeString(dir.resolve("scalar.yaml"), "just some text\n");
        assertOneError(validate(f), f + ":1:1", "not a single value");
    }

    @Test
    void yamlSyntaxError() throws IOException {
        Path f = Files.writeString(dir.resolve("broken.yaml"), "kind: Outpost\nname: [unclosed\n");
        CliRun run = validate(f);
        assertEquals(3, run.exitCode(), run::toString);
        assertTrue(diagnosticLines(run).get(0).matches(".*broken\\.yaml:\\d+:\\d+: error: YAML syntax error: .*"), run::toString);
    }

    @Test
    void unknownKindWithSuggestion() throws IOException {
        Path f = Files.writeString(dir.resolve("k.yaml"), "kind: Outpots\nname: x\n");
        assertOneError(validate(f), f + ":1:7", "unknown kind \"Outpots\" — did you mean \"Outpost\"?");
    }

    @Test
    void jsonOutputCarriesTheSameDiagnostics() throws IOException {
        Path f = Files.writeString(dir.resolve("k.yaml"), "kind: Outpots\nname: x\n");
        CliRun run = CliRun.run("validate", "-c", f.toString(), "--output", "json");
        assertEquals(3, run.exitCode(), run::toString);
        assertTrue(run.out().contains("\"valid\" : false"), run::toString);
        assertTrue(run.out().contains("\"line\" : 1"), run::toString);
        assertTrue(run.out().contains("\"column\" : 7"), run::toString);
        assertTrue(run.out().contains("unknown kind"), run::toString);
    }

    @Test
    void badUsageExits64() {
        CliRun run = CliRun.run("validate", "--output", "yaml");
        assertEquals(64, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("akconf: "), run::toString);
        assertEquals(64, CliRun.run("frobnicate").exitCode());
        assertEquals(64, CliRun.run().exitCode());
    }
}
