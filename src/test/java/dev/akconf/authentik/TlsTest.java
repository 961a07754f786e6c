package dev.akconf.authentik;

import static dev.akconf.authentik.Servers.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real TLS server with a freshly generated self-signed certificate. okhttp-tls is not on the
 * test classpath, so the JDK's keytool makes the certificate.
 */
class TlsTest {

    private static final char[] PASS = "changeit".toCharArray();

    @TempDir
    static Path dir;
    private static Path pem;
    private static SSLContext serverContext;
    private final MockWebServer server = new MockWebServer();
    private final FakeTimer timer = new FakeTimer();

    @BeforeAll
    static void makeCertificate() throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        assumeTrue(Files.isExecutable(keytool), "keytool not available");
        Path keystore = dir.resolve("server.p12");
        pem = dir.resolve("ca.pem");
        run(keytool.toString(), "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2",
                "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", "changeit",
                "-keypass", "changeit");
        run(keytool.toString(), "-exportcert", "-rfc", "-alias", "server", "-keystore", keystore.toString(),
                "-storepass", "changeit", "-file", pem.toString());
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, PASS);
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(store, PASS);
        serverContext = SSLContext.getInstance("TLS");
        serverContext.init(kmf.getKeyManagers(), null, null);
    }

    @BeforeEach
    void start() throws Exception {
        server.useHttps(serverContext.getSocketFactory());
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "keytool failed: " + output);
    }

    private ClientSettings.Builder settings() {
        return ClientSettings.builder("https://localhost:" + server.getPort(), Servers.TOKEN);
    }

    @Test
    void defaultTrustRejectsSelfSignedCertificate() {
        try (AuthentikClient client = new AuthentikClient(settings().build(),
                FakeTimer.policy(timer, Duration.ofSeconds(30)))) {
            AuthentikException e = assertThrows(AuthentikException.class, () -> client.get("/x/"));
            assertTrue(e.getMessage().startsWith("TLS handshake with localhost failed: "), e.getMessage());
            assertTrue(e.getMessage().contains("certification path"), e.getMessage());
            assertTrue(e.getMessage().endsWith("; use --ca-cert FILE for a private CA"), e.getMessage());
            assertEquals(1, client.stats().requests(), "certificate failures are not retried");
            assertTrue(timer.sleeps.isEmpty());
        }
    }

    @Test
    void caCertFileIsTrusted() {
        server.enqueue(json(200, "{\"version_current\": \"2026.2.2\"}"));
        try (AuthentikClient client = new AuthentikClient(settings().caCertFile(pem).build())) {
            assertEquals("2026.2.2", client.serverVersion());
        }
    }

    @Test
    void insecureTrustsAnything() {
        server.enqueue(json(200, "{\"ok\": true}"));
        try (AuthentikClient client = new AuthentikClient(settings().insecure(true).build())) {
            assertTrue(client.get("/x/").get("ok").asBoolean());
        }
    }

    /** The short handshake timeout must not outlive the handshake: a slow answer afterwards gets the read timeout. */
    @Test
    void theHandshakeLimitEndsWithTheHandshake() {
        server.enqueue(new mockwebserver3.MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .body("{\"ok\": true}").headersDelay(1500, TimeUnit.MILLISECONDS).build());
        ClientSettings s = settings().caCertFile(pem).connectTimeout(Duration.ofSeconds(1)).readTimeout(Duration.ofSeconds(10)).build();
        assertEquals(Duration.ofSeconds(1), HandshakeTimeout.limitFor(s));
        try (AuthentikClient client = new AuthentikClient(s)) {
            assertTrue(client.get("/x/").get("ok").asBoolean());
        }
    }

    @Test
    void caFileAddsToTheSystemCas() {
        int system = TlsConfig.systemPlus(List.of()).getAcceptedIssuers().length;
        assertEquals(system + 1, TlsConfig.systemPlus(TlsConfig.readPem(pem)).getAcceptedIssuers().length);
    }

    @Test
    void unreadableOrEmptyCaFileIsAUsageError() throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.pem"), "not a certificate");
        AuthentikException empty = assertThrows(AuthentikException.class,
                () -> new AuthentikClient(settings().caCertFile(junk).build()));
        assertEquals(64, empty.exitCode());
        assertTrue(empty.getMessage().startsWith("no PEM certificate"), empty.getMessage());
        AuthentikException missing = assertThrows(AuthentikException.class,
                () -> new AuthentikClient(settings().caCertFile(dir.resolve("missing.pem")).build()));
        assertEquals(64, missing.exitCode());
        assertTrue(missing.getMessage().startsWith("cannot read CA certificate file"), missing.getMessage());
    }
}
