package dev.akconf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Version, help, completion, colour and connection errors, as a user meets them. */
class CliBasicsTest {

    @TempDir
    Path dir;

    @Test
    void versionNamesAkconf() {
        CliRun run = CliRun.run("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("akconf "), run::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "validate", "plan", "apply", "drift", "import", "explain", "bench", "completion"})
    void everyCommandHasHelpWithExamples(String command) {
        CliRun run = CliRun.run(command, "--help");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().startsWith("Usage: akconf " + command), run::toString);
        assertTrue(run.out().contains("Examples:"), run::toString);
    }

    @Test
    void completionPrintsABashScriptCoveringCommandsAndOptions() {
        CliRun run = CliRun.run("completion");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("#!/usr/bin/env bash"), run::toString);
        assertTrue(run.out().contains("complete -F"), run::toString);
        assertTrue(run.out().contains("--detailed-exitcode"), "plan's options are completed");
    }

    @Test
    void colourOnlyOnATerminalAndNeverWithNoColor() {
        assertTrue(new AppContext(Map.<String, String>of()::get, true).colour(false));
        assertFalse(new AppContext(Map.of("NO_COLOR", "1")::get, true).colour(false), "NO_COLOR");
        assertFalse(new AppContext(Map.<String, String>of()::get, true).colour(true), "--no-color");
        assertFalse(new AppContext(Map.<String, String>of()::get, false).colour(false), "not a terminal");
        assertTrue(new AppContext(Map.of("NO_COLOR", "")::get, true).colour(false), "an empty NO_COLOR does not count");
    }

    @Test
    void noColorFlagWinsOnATerminal() throws IOException {
        Path f = Files.writeString(dir.resolve("bad.yaml"), "kind: Nope\nname: x\n");
        java.io.StringWriter out = new java.io.StringWriter();
        picocli.CommandLine terminal = Main.commandLine(new AppContext(Map.<String, String>of()::get, true));
        terminal.setOut(new java.io.PrintWriter(out, true));
        terminal.execute("validate", "-c", f.toString());
        assertTrue(out.toString().contains("\u001b["), "coloured on a terminal: " + out);
        java.io.StringWriter plain = new java.io.StringWriter();
        picocli.CommandLine again = Main.commandLine(new AppContext(Map.<String, String>of()::get, true));
        again.setOut(new java.io.PrintWriter(plain, true));
        again.execute("validate", "-c", f.toString(), "--no-color");
        assertFalse(plain.toString().contains("\u001b["), "--no-color: " + plain);
    }

    @Test
    void validateNeverColoursWhenNotATerminal() throws IOException {
        Path f = Files.writeString(dir.resolve("k.yaml"), "kind: Nope\nname: x\n");
        CliRun run = CliRun.run("validate", "-c", f.toString());
        assertFalse(run.all().contains("\u001b["), run::toString);
    }

    @Test
    void unreachableServerExits4WithOneLine() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        CliRun run = CliRun.run(Map.of("AUTHENTIK_TOKEN", "secret-token-42"),
                "plan", "-c", "config", "--url", "http://127.0.0.1:" + port, "--retry-time", "0");
        assertEquals(4, run.exitCode(), run::toString);
        List<String> lines = run.err().lines().toList();
        assertEquals(1, lines.size(), run::toString);
        assertTrue(lines.get(0).startsWith("akconf: cannot connect to http://127.0.0.1:" + port), run::toString);
        assertFalse(run.all().contains("secret-token-42"));
    }

    @Test
    void insecureWarnsOnEveryRun() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        CliRun run = CliRun.run(Map.of("AUTHENTIK_TOKEN", "t"), "plan", "-c", "config", "--insecure",
                "--url", "https://127.0.0.1:" + port, "--retry-time", "0");
        assertTrue(run.err().contains("warning: --insecure"), run::toString);
    }

    @Test
    void tokenComesFromAFileAndAnEmptyOneIsAUsageError() throws IOException {
        Path empty = Files.writeString(dir.resolve("token"), "\n");
        CliRun run = CliRun.run(Map.of(), "plan", "-c", "config", "--url", "http://127.0.0.1:1", "--token-file", empty.toString());
        assertEquals(64, run.exitCode(), run::toString);
        assertTrue(run.err().contains("token file " + empty + " is empty"), run::toString);
    }

    @Test
    void thereIsNoTokenOption() {
        CliRun run = CliRun.run(Map.of(), "plan", "--token", "abc");
        assertEquals(64, run.exitCode(), run::toString);
        assertFalse(run.all().contains("abc\n"), run::toString);
    }
}
