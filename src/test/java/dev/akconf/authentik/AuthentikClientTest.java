package dev.akconf.authentik;

import static dev.akconf.authentik.Servers.TOKEN;
import static dev.akconf.authentik.Servers.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class AuthentikClientTest {

    private final MockWebServer server = new MockWebServer();
    private final FakeTimer timer = new FakeTimer();

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void sendsAuthUserAgentAndAcceptOnEveryRequest() throws Exception {
        server.enqueue(json(200, "{\"pk\": 1}"));
        server.enqueue(json(201, "{\"pk\": 2}"));
        try (AuthentikClient client = Servers.client(server, timer)) {
            client.get("/providers/proxy/1/", Map.of());
            client.post("/providers/proxy/", JsonMapper.builder().build().createObjectNode());
        }
        for (int i = 0; i < 2; i++) {
            RecordedRequest r = server.takeRequest();
            assertEquals("Bearer " + TOKEN, r.getHeaders().get("Authorization"));
            assertEquals("akconf/1.2.3", r.getHeaders().get("User-Agent"));
            assertEquals("application/json", r.getHeaders().get("Accept"));
        }
    }

    @Test
    void resolvesPathsAgainstApiBaseAndEncodesQuery() throws Exception {
        server.enqueue(json(200, "{}"));
        server.enqueue(json(200, "{}"));
        try (AuthentikClient client = Servers.client(server, timer)) {
            assertEquals(server.url("/api/v3").toString(), client.apiBaseUrl() );
            client.get("/core/groups/", Map.of("members_by_username", List.of("a b", "c&d")));
            client.get("core/applications/x/");
        }
        RecordedRequest first = server.takeRequest();
        assertEquals("/api/v3/core/groups/", first.getUrl().encodedPath());
        assertEquals(List.of("a b", "c&d"), first.getUrl().queryParameterValues("members_by_username"));
        assertEquals("/api/v3/core/applications/x/", server.takeRequest().getUrl().encodedPath());
    }

    @Test
    void writesSendJsonBodiesWithTheirMethods() throws Exception {
        server.enqueue(json(201, "{\"pk\": 7, \"name\": \"a\"}"));
        server.enqueue(json(200, "{\"pk\": 7, \"name\": \"b\", \"new_server_field\": true}"));
        server.enqueue(json(200, "{\"pk\": 7}"));
        server.enqueue(new MockResponse.Builder().code(204).build());
        ObjectNode body = JsonMapper.builder().build().createObjectNode().put("name", "a");
        try (AuthentikClient client = Servers.client(server, timer)) {
            assertEquals(7, client.post("/providers/proxy/", body).get("pk").asInt());
            JsonNode patched = client.patch("/providers/proxy/7/", body);
            assertTrue(patched.get("new_server_field").asBoolean(), "unknown fields are kept");
            client.put("/providers/proxy/7/", body);
            client.delete("/providers/proxy/7/");
        }
        for (String method : List.of("POST", "PATCH", "PUT")) {
            RecordedRequest r = server.takeRequest();
            assertEquals(method, r.getMethod());
            assertEquals("{\"name\":\"a\"}", r.getBody().string(StandardCharsets.UTF_8));
            assertTrue(r.getHeaders().get("Content-Type").startsWith("application/json"));
        }
        RecordedRequest delete = server.takeRequest();
        assertEquals("DELETE", delete.getMethod());
        assertEquals("/api/v3/providers/proxy/7/", delete.getUrl().encodedPath());
    }

    @Test
    void readsServerVersion() throws Exception {
        server.enqueue(json(200, "{\"version_current\": \"2026.2.2\", \"build_hash\": \"\"}"));
        server.enqueue(json(200, "{\"build_hash\": \"\"}"));
        try (AuthentikClient client = Servers.client(server, timer)) {
            assertEquals("2026.2.2", client.serverVersion());
            assertEquals("unknown", client.serverVersion());
        }
        assertEquals("/api/v3/admin/version/", server.takeRequest().getUrl().encodedPath());
    }

    @Test
    void countsRequestsPerMethodAndResponseBytes() {
        String body = "{\"pk\": 1}";
        server.enqueue(json(200, body));
        server.enqueue(json(200, body));
        server.enqueue(json(201, body));
        try (AuthentikClient client = Servers.client(server, timer)) {
            RequestStats before = client.stats();
            client.get("/a/");
            client.get("/b/");
            client.post("/c/", null);
            RequestStats stats = client.stats();
            assertEquals(3, stats.requests());
            assertEquals(2, stats.requests("GET"));
            assertEquals(1, stats.requests("POST"));
            assertEquals(0, stats.requests("DELETE"));
            assertEquals(3L * body.length(), stats.responseBytes());
            assertEquals(0, stats.retries());
            assertEquals(stats, stats.minus(before));
        }
    }

    @Test
    void debugLogHasOneLinePerRequestAndNoHeaders() {
        server.enqueue(json(200, "{\"a\": 1}"));
        List<String> lines = new CopyOnWriteArrayList<>();
        try (AuthentikClient client = Servers.client(server, timer, b -> b.debugLog(lines::add))) {
            client.get("/core/groups/", Map.of("name", List.of("x")));
        }
        assertEquals(1, lines.size(), lines.toString());
        String line = lines.get(0);
        assertTrue(line.startsWith("GET " + server.url("/api/v3/core/groups/?name=x") + " -> 200 ("), line);
        assertTrue(line.endsWith(" ms, 8 bytes)"), line);
        assertFalse(line.contains(TOKEN) || line.contains("Bearer"), line);
    }

    @Test
    void emptySuccessBodyIsAMissingNode() {
        server.enqueue(new MockResponse.Builder().code(204).build());
        try (AuthentikClient client = Servers.client(server, timer)) {
            JsonNode result = client.post("/flows/instances/cache_clear/", null);
            assertTrue(result.isMissingNode());
            assertNull(result.get("x"));
        }
    }

    @Test
    void toStringShowsNoToken() {
        try (AuthentikClient client = Servers.client(server, timer)) {
            assertFalse(client.toString().contains(TOKEN));
        }
    }
}
