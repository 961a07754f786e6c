package dev.akconf.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.akconf.authentik.AuthentikClient;
import dev.akconf.authentik.AuthentikException;
import dev.akconf.authentik.ClientSettings;
import dev.akconf.authentik.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Writes are retried only where that cannot do harm; a lost POST never creates a duplicate. */
class SafeWritesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final MockWebServer server = new MockWebServer();
    private final List<Duration> slept = new ArrayList<>();
    private AuthentikClient client;
    private SafeWrites writes;

    @BeforeEach
    void start() throws Exception {
        server.start();
        ClientSettings settings = ClientSettings.builder(server.url("/").toString(), "akconf-test-token-5b1d").retryBudget(Duration.ZERO).build();
        client = new AuthentikClient(settings);
        RetryPolicy.Timer timer = new RetryPolicy.Timer() {
            private long now;

            @Override
            public long nanoTime() {
                return now;
            }

            @Override
            public void sleep(Duration d) {
                slept.add(d);
                now += d.toNanos();
            }

            @Override
            public Instant now() {
                return Instant.EPOCH;
            }
        };
        writes = new SafeWrites(client, new RetryPolicy(Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(10), timer, () -> 1.0));
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }

    private static MockResponse dropped() {
        return new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
    }

    private List<String> requests() throws InterruptedException {
        List<String> out = new ArrayList<>();
        for (RecordedRequest r; (r = server.takeRequest(10, TimeUnit.MILLISECONDS)) != null; ) {
            out.add(r.getMethod() + " " + r.getUrl().encodedPath());
        }
        return out;
    }

    @Test
    void lostPostIsLookedUpNotRepeated() throws Exception {
        server.enqueue(dropped());
        JsonNode created = JSON.readTree("{\"pk\": 7, \"name\": \"p\"}");
        JsonNode result = writes.create("/providers/proxy/", JSON.readTree("{\"name\": \"p\"}"), () -> Optional.of(created));
        assertEquals(7, result.path("pk").asInt());
        assertEquals(List.of("POST /api/v3/providers/proxy/"), requests(), "exactly one POST");
    }

    @Test
    void postIsRetriedWhenTheLookupFindsNothing() throws Exception {
        server.enqueue(json(503, "{\"detail\": \"unavailable\"}"));
        server.enqueue(json(201, "{\"pk\": 8}"));
        JsonNode result = writes.create("/providers/proxy/", JSON.readTree("{\"name\": \"p\"}"), Optional::empty);
        assertEquals(8, result.path("pk").asInt());
        assertEquals(List.of("POST /api/v3/providers/proxy/", "POST /api/v3/providers/proxy/"), requests());
        assertEquals(1, slept.size(), "backed off once");
    }

    @Test
    void patchIsRetriedOnConnectionLossAnd503() throws Exception {
        server.enqueue(dropped());
        server.enqueue(json(503, "{\"detail\": \"unavailable\"}"));
        server.enqueue(json(200, "{\"pk\": 1}"));
        assertEquals(1, writes.patch("/providers/proxy/1/", JSON.readTree("{}")).path("pk").asInt());
        assertEquals(3, requests().size());
    }

    @Test
    void badRequestIsNeverRetried() throws Exception {
        server.enqueue(json(400, "{\"internal_host\": [\"Internal host cannot be empty when forward auth is disabled.\"]}"));
        AuthentikException e = assertThrows(AuthentikException.class, () -> writes.patch("/providers/proxy/1/", JSON.readTree("{}")));
        assertEquals(List.of("Internal host cannot be empty when forward auth is disabled."), e.fieldErrors().get("internal_host"));
        assertEquals(1, requests().size());
    }

    @Test
    void deleteThatAlreadyHappenedCountsAsDone() throws Exception {
        server.enqueue(dropped());
        server.enqueue(json(404, "{\"detail\": \"No ProxyProvider matches the given query.\"}"));
        writes.delete("/providers/proxy/9/");
        assertEquals(2, requests().size());
    }

    @Test
    void aFirstDelete404IsAnError() {
        server.enqueue(json(404, "{\"detail\": \"No ProxyProvider matches the given query.\"}"));
        assertThrows(AuthentikException.class, () -> writes.delete("/providers/proxy/9/"));
    }

    @Test
    void retriesStopAtTheBudget() throws Exception {
        for (int i = 0; i < 40; i++) {
            server.enqueue(json(503, "{\"detail\": \"unavailable\"}"));
        }
        AuthentikException e = assertThrows(AuthentikException.class, () -> writes.patch("/x/", JSON.readTree("{}")));
        assertEquals(503, e.status());
        long total = slept.stream().mapToLong(Duration::toMillis).sum();
        assertEquals(true, total <= 10_000, "within the 10 s budget: " + total);
    }
}
