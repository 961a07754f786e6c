package dev.akconf.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.cli.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14 item 5 (client side): a URL whose scheme does not match the port is named at once, and a
 * token that cannot travel in a header is refused before anything is sent, without echoing it.
 */
@Timeout(60)
class HostileTransportTest {

    @TempDir
    Path dir;

    /** Token files live apart from {@code dir}, whose files are checked for token fragments. */
    @TempDir
    Path secrets;

    private String config() {
        return HostileCli.config(dir, HostileCli.GROUP_YAML).toString();
    }

    /**
     * A plain-HTTP server that waits for a request line the TLS hello never ends: with the default timeouts
     * (30 s read) the handshake limit of 2 s names the cause. The JUnit timeout only bounds a hang.
     */
    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void httpsToASilentPlainPortIsNamedAfterTwoSeconds() {
        try (HostileAuthentik ak = HostileAuthentik.start()) {
            ak.onConnect(s -> Thread.sleep(Long.MAX_VALUE));
            CliRun run = CliRun.run(Map.of("AUTHENTIK_URL", "https://127.0.0.1:" + ak.port() + "/", "AUTHENTIK_TOKEN",
                    HostileAuthentik.TOKEN), "plan", "-c", config());
            assertEquals(4, run.exitCode(), run::toString);
            assertTrue(run.err().contains("https:// URL, but https://127.0.0.1:" + ak.port()
                    + " did not answer the TLS handshake within 2s: is it a plain-HTTP port? (then use http://)"), run::toString);
            assertFalse(run.err().contains("gave up after"), "not retried: " + run);
        }
    }

    @Test
    void httpsToAPlainPortThatAnswersIsNamed() {
        try (HostileAuthentik ak = HostileAuthentik.start()) {
            ak.onConnect(s -> {
                s.getInputStream().read(new byte[512]);
                s.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            });
            CliRun run = HostileCli.run(Map.of("AUTHENTIK_URL", "https://127.0.0.1:" + ak.port() + "/", "AUTHENTIK_TOKEN",
                    HostileAuthentik.TOKEN), dir, "plan", "-c", config());
            assertEquals(4, run.exitCode(), run::toString);
            assertTrue(run.err().contains("answers in plain HTTP, not TLS: use http://"), run::toString);
        }
    }

    @Test
    void httpToATlsPortAnsweringWithAnAlertIsNamed() {
        try (HostileAuthentik ak = HostileAuthentik.start()) {
            ak.onConnect(s -> {
                s.getInputStream().read(new byte[512]);
                // A TLS alert record (protocol_version), as OpenSSL-based servers answer plain HTTP.
                s.getOutputStream().write(new byte[] {0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x46});
            });
            CliRun run = HostileCli.run(ak, dir, "plan", "-c", config());
            assertEquals(4, run.exitCode(), run::toString);
            assertTrue(run.err().contains("answers with TLS: use https://"), run::toString);
            assertFalse(run.err().contains("\u0015"), "no raw control characters: " + run);
        }
    }

    @Test
    void httpToAGoTlsPortIsNamed() {
        try (HostileAuthentik ak = HostileAuthentik.start()) {
            // What Go's crypto/tls server (Authentik's own) answers to plain HTTP on its TLS port.
            ak.on(r -> true, r -> Reply.raw("HTTP/1.0 400 Bad Request\r\n\r\nClient sent an HTTP request to an HTTPS server.\n"));
            CliRun run = HostileCli.run(ak, dir, "plan", "-c", config());
            assertEquals(4, run.exitCode(), run::toString);
            assertTrue(run.err().contains("this port expects HTTPS: use https://"), run::toString);
        }
    }

    @ParameterizedTest(name = "token file with {0}")
    @ValueSource(strings = {"NUL", "CR", "LF", "space", "non-ASCII", "control", "invalid UTF-8", "huge"})
    void aTokenFileThatCannotBeAHeaderIsRefused(String what) throws IOException {
        String t = HostileAuthentik.TOKEN;
        byte[] content = switch (what) {
            case "NUL" -> (t.substring(0, 30) + "\0" + t.substring(30)).getBytes(StandardCharsets.UTF_8);
            case "CR" -> (t.substring(0, 30) + "\r" + t.substring(30)).getBytes(StandardCharsets.UTF_8);
            case "LF" -> (t.substring(0, 30) + "\n" + t.substring(30) + "\n").getBytes(StandardCharsets.UTF_8);
            case "space" -> (t.substring(0, 30) + " " + t.substring(30)).getBytes(StandardCharsets.UTF_8);
            case "non-ASCII" -> (t.substring(0, 30) + "é" + t.substring(30)).getBytes(StandardCharsets.UTF_8);
            case "control" -> (t.substring(0, 30) + "\u001b[2J" + t.substring(30)).getBytes(StandardCharsets.UTF_8);
            case "invalid UTF-8" -> concat(t.substring(0, 30).getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xff, (byte) 0xfe});
            default -> new byte[70_000];
        };
        Path file = Files.write(secrets.resolve("token"), content);
        try (HostileAuthentik ak = HostileAuthentik.start()) {
            CliRun run = HostileCli.run(Map.of("AUTHENTIK_URL", ak.url()), dir, "plan", "-c", config(), "--token-file", file.toString());
            assertEquals(64, run.exitCode(), run::toString);
            assertTrue(run.err().startsWith("akconf: token file " + file), run::toString);
            assertTrue(ak.requests().isEmpty(), "nothing was sent");
        }
    }

    @Test
    void aTokenFileWithATrailingCrlfOrBomWorks() throws IOException {
        Path file = Files.writeString(secrets.resolve("token"), "\uFEFF" + HostileAuthentik.TOKEN + "\r\n");
        try (HostileAuthentik ak = HostileAuthentik.start()) {
            CliRun run = CliRun.run(Map.of("AUTHENTIK_URL", ak.url()), "plan", "-c", config(), "--token-file", file.toString());
            assertEquals(0, run.exitCode(), run::toString);
        }
    }

    @Test
    void anEnvironmentTokenWithAControlCharacterIsRefused() {
        try (HostileAuthentik ak = HostileAuthentik.start()) {
            CliRun run = HostileCli.run(Map.of("AUTHENTIK_URL", ak.url(), "AUTHENTIK_TOKEN", HostileAuthentik.TOKEN + "\u0007x"),
                    dir, "plan", "-c", config());
            assertEquals(64, run.exitCode(), run::toString);
            assertTrue(run.err().contains("AUTHENTIK_TOKEN contains a control character at character 61"), run::toString);
            assertTrue(ak.requests().isEmpty(), "nothing was sent");
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
