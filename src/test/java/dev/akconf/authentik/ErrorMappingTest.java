package dev.akconf.authentik;

import static dev.akconf.authentik.Servers.TOKEN;
import static dev.akconf.authentik.Servers.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertPathBuilderException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLHandshakeException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import tools.jackson.databind.json.JsonMapper;

class ErrorMappingTest {

    private final MockWebServer server = new MockWebServer();
    private final FakeTimer timer = new FakeTimer();
    private final List<String> debugLines = new ArrayList<>();
    private AuthentikClient client;

    @BeforeEach
    void start() throws Exception {
        server.start();
        client = Servers.client(server, timer, b -> b.debugLog(debugLines::add));
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private AuthentikException fails(Executable call) {
        AuthentikException e = assertThrows(AuthentikException.class, call);
        assertEquals(4, e.exitCode());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        assertFalse(e.getMessage().contains(TOKEN) || e.toString().contains(TOKEN), e.toString());
        return e;
    }

    @Test
    void forbiddenQuotesAuthentikDetail() {
        server.enqueue(json(403, "{\"detail\": \"Token invalid/expired\"}"));
        AuthentikException e = fails(() -> client.get("/providers/proxy/", Map.of("page", List.of("1"))));
        assertEquals("403 Forbidden from GET /providers/proxy/: token rejected or lacks permission "
                + "(Authentik: \"Token invalid/expired\")", e.getMessage());
        assertEquals(403, e.status());
        assertEquals("GET", e.method());
        assertEquals("/providers/proxy/", e.path());
        assertEquals("Token invalid/expired", e.detail());
    }

    @Test
    void notFoundQuotesDetail() {
        server.enqueue(json(404, "{\"detail\": \"No Application matches the given query.\"}"));
        AuthentikException e = fails(() -> client.get("/core/applications/x/"));
        assertEquals("404 Not Found from GET /core/applications/x/: No Application matches the given query.",
                e.getMessage());
        assertTrue(e.isNotFound());
    }

    @Test
    void validationErrorsListEveryFieldFlattened() {
        server.enqueue(json(400, "{\"internal_host\": [\"Internal host cannot be empty when forward auth is disabled.\"],"
                + " \"name\": [\"This field is required.\", \"Second.\"],"
                + " \"config\": {\"kubernetes_replicas\": [\"A valid integer is required.\"]},"
                + " \"redirect_uris\": [{}, {\"url\": [\"Enter a valid URL.\"]}],"
                + " \"non_field_errors\": [\"One of 'group', 'policy', 'user' must be set.\"]}"));
        AuthentikException e = fails(() -> client.patch("/providers/proxy/12/",
                JsonMapper.builder().build().createObjectNode()));
        assertEquals("400 Bad Request from PATCH /providers/proxy/12/: "
                + "internal_host: Internal host cannot be empty when forward auth is disabled.; "
                + "name: This field is required.; name: Second.; "
                + "config.kubernetes_replicas: A valid integer is required.; "
                + "redirect_uris[1].url: Enter a valid URL.; "
                + "One of 'group', 'policy', 'user' must be set.", e.getMessage());
        assertEquals(List.of("internal_host", "name", "config.kubernetes_replicas", "redirect_uris[1].url",
                "non_field_errors"), List.copyOf(e.fieldErrors().keySet()));
        assertEquals(List.of("This field is required.", "Second."), e.fieldErrors().get("name"));
    }

    @Test
    void topLevelListValidationErrorIsANonFieldError() {
        server.enqueue(json(400, "[\"Something is wrong.\"]"));
        AuthentikException e = fails(() -> client.post("/x/", null));
        assertEquals("400 Bad Request from POST /x/: Something is wrong.", e.getMessage());
        assertEquals(Map.of("non_field_errors", List.of("Something is wrong.")), e.fieldErrors());
    }

    @Test
    void htmlBodyIsReportedAsNonJsonWithASnippet() {
        String html = "<!DOCTYPE html>\n<html>\n  <head><title>502 Bad Gateway</title></head>\n<body>"
                + "x".repeat(300) + "</body></html>";
        server.enqueue(new MockResponse.Builder().code(502).setHeader("Content-Type", "text/html").body(html).build());
        AuthentikException e = fails(() -> client.post("/core/groups/", null));
        String expectedStart = "502 Bad Gateway from POST /core/groups/: non-JSON response: "
                + "<!DOCTYPE html> <html> <head><title>502 Bad Gateway</title></head> <body>xxx";
        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
        assertTrue(e.getMessage().length() < expectedStart.length() + 80, e.getMessage());
    }

    @Test
    void htmlWithStatus200IsAnErrorToo() {
        server.enqueue(new MockResponse.Builder().code(200).body("<html>login</html>").build());
        AuthentikException e = fails(() -> client.get("/core/groups/"));
        assertTrue(e.getMessage().startsWith("200 OK from GET /core/groups/: non-JSON response: <html>login</html>"),
                e.getMessage());
    }

    @Test
    void otherStatusesUseDetailOrSnippet() {
        server.enqueue(json(405, "{\"detail\": \"Method \\\"PUT\\\" not allowed.\"}"));
        server.enqueue(json(500, ""));
        assertEquals("405 Method Not Allowed from PUT /x/: Method \"PUT\" not allowed.",
                fails(() -> client.put("/x/", null)).getMessage());
        assertEquals("500 Internal Server Error from DELETE /x/1/: empty response",
                fails(() -> client.delete("/x/1/")).getMessage());
    }

    @Test
    void tokenEchoedByServerIsRedactedEverywhere() {
        server.enqueue(json(400, "{\"key\": [\"token " + TOKEN + " is bad\"], \"detail2\": \"" + TOKEN + "\"}"));
        AuthentikException e = fails(() -> client.post("/core/tokens/", null));
        assertTrue(e.getMessage().contains("key: token *** is bad"), e.getMessage());
        assertEquals(List.of("token *** is bad"), e.fieldErrors().get("key"));
        server.enqueue(json(404, "{\"detail\": \"no " + TOKEN + "\"}"));
        AuthentikException notFound = fails(() -> client.get("/core/tokens/" + TOKEN + "/"));
        assertFalse(notFound.detail().contains(TOKEN));
        assertFalse(String.join("\n", debugLines).contains(TOKEN), debugLines.toString());
        assertFalse(debugLines.isEmpty());
    }

    @Test
    void connectionRefusedAfterRetries() throws Exception {
        MockWebServer dead = new MockWebServer();
        dead.start();
        String origin = "http://" + dead.getHostName() + ":" + dead.getPort();
        ClientSettings s = Servers.settings(dead).retryBudget(Duration.ofSeconds(1)).build();
        dead.close();
        try (AuthentikClient c = new AuthentikClient(s, FakeTimer.policy(timer, s.retryBudget()))) {
            AuthentikException e = fails(() -> c.get("/core/applications/"));
            // 200 + 400 ms waits fit in the 1 s budget, 800 more would not: three attempts.
            assertEquals("cannot connect to " + origin + ": connection refused (gave up after 3 attempts)",
                    e.getMessage());
            assertEquals(0, e.status());
            assertEquals(3, c.stats().requests());
        }
    }

    @Test
    void mapsTransportFailuresWithoutRequests() {
        ErrorMapper m = new ErrorMapper(new Redactor(TOKEN), JsonMapper.builder().build(),
                ClientSettings.of("https://ak.example.com", TOKEN, "1"));
        HttpUrl url = HttpUrl.get("https://ak.example.com/api/v3/x/");
        assertEquals("cannot resolve host \"ak.example.com\"",
                m.fromIOException("GET", "/x/", url, new UnknownHostException("ak.example.com"), 1).getMessage());
        SSLHandshakeException pkix = new SSLHandshakeException("PKIX path building failed: ...");
        pkix.initCause(new CertPathBuilderException("unable to find valid certification path to requested target"));
        assertEquals("TLS handshake with ak.example.com failed: unable to find valid certification path to "
                        + "requested target; use --ca-cert FILE for a private CA",
                m.fromIOException("GET", "/x/", url, pkix, 1).getMessage());
        assertEquals("timed out after 10s waiting for a connection to https://ak.example.com:443",
                m.fromIOException("GET", "/x/", url, new SocketTimeoutException("Connect timed out"), 1).getMessage());
        assertEquals("timed out after 30s waiting for a response to GET /x/ from https://ak.example.com:443",
                m.fromIOException("GET", "/x/", url, new SocketTimeoutException("timeout"), 1).getMessage());
        assertEquals("cannot connect to https://ak.example.com:443: No route to host",
                m.fromIOException("GET", "/x/", url, new ConnectException("No route to host"), 1).getMessage());
        assertEquals("network error during GET /x/ to https://ak.example.com:443: unexpected end of stream"
                        + " (gave up after 2 attempts)",
                m.fromIOException("GET", "/x/", url,
                        new IOException("unexpected end of stream"), 2).getMessage());
        assertTrue(m.fromIOException("GET", "/x/", url, new IOException("echo " + TOKEN), 1)
                .getMessage().endsWith("echo ***"));
    }
}
