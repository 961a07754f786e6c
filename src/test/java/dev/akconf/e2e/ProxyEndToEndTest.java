package dev.akconf.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.cli.CliRun;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17 item 5: the proxy variables of curl and Go, through a loopback forward proxy that counts what
 * it forwards, against the simulator on plain HTTP; and the retry lines a refused port prints.
 */
class ProxyEndToEndTest {

    private static final String PASSWORD = "s3cret-proxy-password";

    @TempDir
    Path dir;

    private static Map<String, String> env(SimHarness h, String... pairs) {
        Map<String, String> env = new HashMap<>(h.env());
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    private static void assertNoPassword(CliRun run) {
        assertFalse(run.all().contains(PASSWORD), () -> "the proxy password is never printed: " + run);
        assertFalse(run.all().contains("\tat "), run::toString);
    }

    @Test
    void httpProxyCarriesEveryRequestWithTheUrlsCredentials() throws IOException {
        try (SimHarness h = SimHarness.incident(); LoopbackProxy proxy = new LoopbackProxy()) {
            CliRun run = CliRun.run(env(h, "HTTP_PROXY", proxy.url("ci-bot:" + PASSWORD)), "plan", "-c", "config", "--debug");
            assertEquals(0, run.exitCode(), run::toString);
            assertNoPassword(run);
            assertFalse(proxy.seen().isEmpty(), "requests went through the proxy");
            assertEquals(h.sim.requests().size(), proxy.seen().size(), "every request the simulator saw came through the proxy");
            String expected = "Basic " + Base64.getEncoder().encodeToString(("ci-bot:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            for (LoopbackProxy.Seen s : proxy.seen()) {
                assertTrue(s.requestLine().startsWith("GET " + h.sim.url()), s::toString);
                assertEquals(expected, s.proxyAuthorization(), "sent up front, not only after a 407");
            }
        }
    }

    @Test
    void lowerCaseAllProxyCountsToo() throws IOException {
        try (SimHarness h = SimHarness.incident(); LoopbackProxy proxy = new LoopbackProxy()) {
            CliRun run = CliRun.run(env(h, "all_proxy", proxy.url(null)), "plan", "-c", "config");
            assertEquals(0, run.exitCode(), run::toString);
            assertEquals(h.sim.requests().size(), proxy.seen().size());
        }
    }

    @Test
    void noProxyBypassesTheProxyByAddressRangeOrName() throws IOException {
        for (String noProxy : List.of("127.0.0.0/8", "example.com, 127.0.0.1", "*")) {
            try (SimHarness h = SimHarness.incident(); LoopbackProxy proxy = new LoopbackProxy()) {
                CliRun run = CliRun.run(env(h, "http_proxy", proxy.url(null), "NO_PROXY", noProxy), "plan", "-c", "config");
                assertEquals(0, run.exitCode(), run::toString);
                assertEquals(List.of(), proxy.seen(), "NO_PROXY=" + noProxy + " goes direct");
                assertFalse(h.sim.requests().isEmpty());
            }
        }
    }

    @Test
    void anUnreachableProxyIsNamedWithItsCredentialsMasked() throws IOException {
        int closed = closedPort();
        try (SimHarness h = SimHarness.incident()) {
            CliRun run = CliRun.run(env(h, "HTTP_PROXY", "http://ci-bot:" + PASSWORD + "@127.0.0.1:" + closed),
                    "plan", "-c", "config", "--retry-time", "0", "--debug");
            assertEquals(4, run.exitCode(), run::toString);
            assertNoPassword(run);
            assertTrue(run.err().contains("(through the proxy http://***@127.0.0.1:" + closed + ")"), run::toString);
        }
    }

    @Test
    void anHttpsProxyUrlIsAUsageErrorThatDoesNotQuoteIt() {
        try (SimHarness h = SimHarness.incident()) {
            CliRun run = CliRun.run(env(h, "HTTPS_PROXY", "https://u:" + PASSWORD + "@proxy.example.com:3128"),
                    "plan", "-c", "config");
            assertEquals(64, run.exitCode(), run::toString);
            assertNoPassword(run);
            assertTrue(run.err().contains("HTTPS_PROXY is an https:// proxy"), run::toString);
        }
    }

    @Test
    void aRefusedPortPrintsOneRetryLinePerAttemptWithoutTheToken() throws IOException {
        int closed = closedPort();
        CliRun run = CliRun.run(Map.of("AUTHENTIK_URL", "http://127.0.0.1:" + closed, "AUTHENTIK_TOKEN", "tok-1234567890abcdef"),
                "plan", "-c", "config", "--retry-time", "2");
        assertEquals(4, run.exitCode(), run::toString);
        Pattern line = Pattern.compile("akconf: retrying GET /[a-z/_]+/( page \\d+)? in \\d+(\\.\\d)? s: connection refused"
                + " \\(attempt (\\d+) failed; \\d+(\\.\\d)? s of --retry-time left\\)");
        List<String> retries = run.err().lines().filter(l -> l.startsWith("akconf: retrying")).toList();
        assertFalse(retries.isEmpty(), run::toString);
        retries.forEach(l -> assertTrue(line.matcher(l).matches(), l));
        assertTrue(run.err().contains("connection refused (gave up after"), run::toString);
        assertFalse(run.all().contains("1234567890"), "no token");
        // Without --debug, the only lines are the retries and the final error.
        run.err().lines().forEach(l -> assertTrue(l.startsWith("akconf: retrying") || l.contains("gave up after")
                || l.startsWith("akconf: warning"), l));
    }

    @Test
    void theEnvironmentEquivalentsOfTheOptions() throws IOException {
        try (SimHarness h = SimHarness.incident()) {
            Path token = Files.writeString(dir.resolve("token"), h.sim.token() + "\n");
            Map<String, String> env = Map.of("AUTHENTIK_URL", h.sim.url(), "AUTHENTIK_TOKEN_FILE", token.toString(),
                    "AUTHENTIK_INSECURE", "true");
            CliRun run = CliRun.run(env, "plan", "-c", "config");
            assertEquals(0, run.exitCode(), run::toString);
            assertTrue(run.err().contains("AUTHENTIK_INSECURE: Authentik's TLS certificate is not verified"), run::toString);
            // The option wins over the variable.
            Path wrong = Files.writeString(dir.resolve("wrong"), "not-the-token-0000");
            CliRun option = CliRun.run(Map.of("AUTHENTIK_URL", h.sim.url(), "AUTHENTIK_TOKEN_FILE", wrong.toString()),
                    "plan", "-c", "config", "--token-file", token.toString());
            assertEquals(0, option.exitCode(), option::toString);
            CliRun variable = CliRun.run(Map.of("AUTHENTIK_URL", h.sim.url(), "AUTHENTIK_TOKEN_FILE", wrong.toString()),
                    "plan", "-c", "config");
            assertEquals(4, variable.exitCode(), "the variable is read: " + variable);
            CliRun ca = CliRun.run(Map.of("AUTHENTIK_URL", h.sim.url(), "AUTHENTIK_TOKEN", h.sim.token(),
                    "AUTHENTIK_CA_CERT", dir.resolve("missing.pem").toString()), "plan", "-c", "config");
            assertEquals(64, ca.exitCode(), "AUTHENTIK_CA_CERT is read: " + ca);
            CliRun bad = CliRun.run(Map.of("AUTHENTIK_URL", h.sim.url(), "AUTHENTIK_TOKEN", h.sim.token(),
                    "AUTHENTIK_INSECURE", "maybe"), "plan", "-c", "config");
            assertEquals(64, bad.exitCode(), bad::toString);
        }
    }

    /** The scheme-mismatch message of HostileTransportTest holds through a CONNECT tunnel too. */
    @Test
    @org.junit.jupiter.api.Timeout(value = 20, unit = java.util.concurrent.TimeUnit.SECONDS)
    void httpsToASilentPlainPortThroughAProxyIsStillNamedAfterTwoSeconds() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress()); LoopbackProxy proxy = new LoopbackProxy()) {
            Thread t = new Thread(() -> {
                try {
                    while (true) {
                        silent.accept(); // accepted and never answered, like a plain-HTTP port waiting for a request line
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            t.setDaemon(true);
            t.start();
            CliRun run = CliRun.run(Map.of("AUTHENTIK_URL", "https://127.0.0.1:" + silent.getLocalPort() + "/",
                    "AUTHENTIK_TOKEN", "tok-1234567890abcdef", "HTTPS_PROXY", proxy.url("ci-bot:" + PASSWORD)), "plan", "-c", "config");
            assertEquals(4, run.exitCode(), run::toString);
            assertNoPassword(run);
            assertTrue(run.err().contains("did not answer the TLS handshake within 2s: is it a plain-HTTP port? (then use http://)"), run::toString);
            String expected = "Basic " + Base64.getEncoder().encodeToString(("ci-bot:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            assertTrue(proxy.seen().stream().anyMatch(s -> s.requestLine().startsWith("CONNECT 127.0.0.1:" + silent.getLocalPort())
                    && expected.equals(s.proxyAuthorization())), () -> "tunnelled with the credentials up front: " + proxy.seen());
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
