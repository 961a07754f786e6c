package dev.akconf.authentik;

import static dev.akconf.authentik.Servers.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLHandshakeException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetryTest {

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

    private static MockResponse status(int code, String retryAfter) {
        MockResponse.Builder b = new MockResponse.Builder().code(code).body("{\"detail\": \"busy\"}");
        return (retryAfter == null ? b : b.setHeader("Retry-After", retryAfter)).build();
    }

    @Test
    void retries503WithRetryAfterZero() {
        server.enqueue(status(503, "0"));
        server.enqueue(json(200, "{\"ok\": true}"));
        // The real timer: Retry-After 0 means no sleep at all.
        ClientSettings s = Servers.settings(server).build();
        try (AuthentikClient client = new AuthentikClient(s)) {
            assertTrue(client.get("/x/").get("ok").asBoolean());
            assertEquals(2, client.stats().requests());
            assertEquals(1, client.stats().retries());
        }
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void retries429HonouringRetryAfterSeconds() {
        server.enqueue(status(429, "3"));
        server.enqueue(json(200, "{}"));
        List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (AuthentikClient client = Servers.client(server, timer, b -> b.debugLog(log::add))) {
            client.get("/x/");
        }
        assertEquals(2, server.getRequestCount());
        assertEquals(List.of(Duration.ofSeconds(3)), timer.sleeps);
        assertEquals(3, log.size(), log.toString());
        assertTrue(log.get(1).startsWith("retry 1 of GET " + server.url("/api/v3/x/") + " in 3000 ms after HTTP 429"),
                log.get(1));
    }

    @Test
    void retries502And504WithExponentialBackoff() {
        server.enqueue(status(502, null));
        server.enqueue(status(504, null));
        server.enqueue(json(200, "{}"));
        try (AuthentikClient client = Servers.client(server, timer)) {
            client.get("/x/");
        }
        assertEquals(List.of(Duration.ofMillis(200), Duration.ofMillis(400)), timer.sleeps);
    }

    @Test
    void doesNotRetry500() {
        server.enqueue(json(500, "{\"detail\": \"boom\"}"));
        server.enqueue(json(200, "{}"));
        try (AuthentikClient client = Servers.client(server, timer)) {
            AuthentikException e = assertThrows(AuthentikException.class, () -> client.get("/x/"));
            assertEquals("500 Internal Server Error from GET /x/: boom", e.getMessage());
        }
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void givesUpWhenBudgetIsExhaustedAndReportsTheLastStatus() {
        for (int i = 0; i < 10; i++) {
            server.enqueue(status(503, null));
        }
        try (AuthentikClient client = Servers.client(server, timer, b -> b.retryBudget(Duration.ofSeconds(2)))) {
            AuthentikException e = assertThrows(AuthentikException.class, () -> client.get("/x/"));
            // Waits 200 + 400 + 800 ms fit in 2 s; the next 1600 ms would not.
            assertEquals("503 Service Unavailable from GET /x/: busy (gave up after 4 attempts)", e.getMessage());
            assertEquals(503, e.status());
            assertEquals(4, e.exitCode());
        }
        assertEquals(4, server.getRequestCount());
    }

    @Test
    void retryAfterBeyondBudgetIsNotAwaited() {
        server.enqueue(status(503, "120"));
        try (AuthentikClient client = Servers.client(server, timer)) {
            assertThrows(AuthentikException.class, () -> client.get("/x/"));
        }
        assertEquals(1, server.getRequestCount());
        assertTrue(timer.sleeps.isEmpty());
    }

    @Test
    void doesNotRetryPostOn503() {
        server.enqueue(status(503, "0"));
        server.enqueue(json(201, "{}"));
        try (AuthentikClient client = Servers.client(server, timer)) {
            AuthentikException e = assertThrows(AuthentikException.class, () -> client.post("/x/", null));
            assertTrue(e.getMessage().startsWith("503 Service Unavailable from POST /x/"), e.getMessage());
        }
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void retriesGetAfterReadTimeoutButNotPost() {
        MockResponse slow = new MockResponse.Builder().headersDelay(2, TimeUnit.SECONDS).body("{}").build();
        server.enqueue(slow);
        server.enqueue(json(200, "{\"ok\": true}"));
        server.enqueue(slow);
        server.enqueue(json(201, "{}"));
        try (AuthentikClient client = Servers.client(server, timer, b -> b.readTimeout(Duration.ofMillis(200)))) {
            assertTrue(client.get("/x/").get("ok").asBoolean());
            assertEquals(1, timer.sleeps.size());
            AuthentikException e = assertThrows(AuthentikException.class, () -> client.post("/x/", null));
            assertEquals("timed out after 0.2s waiting for a response to POST /x/ from "
                    + "http://" + server.getHostName() + ":" + server.getPort(), e.getMessage());
        }
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void okHttpDoesNotSilentlyResendPostOn408() {
        server.enqueue(json(408, "{\"detail\": \"slow\"}"));
        server.enqueue(json(201, "{}"));
        try (AuthentikClient client = Servers.client(server, timer)) {
            assertEquals(408, assertThrows(AuthentikException.class, () -> client.post("/x/", null)).status());
            assertEquals(1, client.stats().requests());
        }
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void policyClassifiesFailures() {
        RetryPolicy p = FakeTimer.policy(timer, Duration.ofSeconds(30));
        assertTrue(p.isRetryable(new SocketTimeoutException("timeout"), true));
        assertFalse(p.isRetryable(new SocketTimeoutException("timeout"), false), "write may have arrived");
        assertTrue(p.isRetryable(new ConnectException("Connection refused"), false), "nothing was sent");
        assertFalse(p.isRetryable(new UnknownHostException("x"), true));
        assertFalse(p.isRetryable(new IOException("wrapped", new SSLHandshakeException("PKIX")), true));
        assertFalse(p.isRetryableStatus(500));
        assertTrue(p.isRetryableStatus(429) && p.isRetryableStatus(502) && p.isRetryableStatus(503)
                && p.isRetryableStatus(504));
    }

    @Test
    void backoffIsCappedAndJittered() {
        RetryPolicy max = FakeTimer.policy(timer, Duration.ofSeconds(30));
        assertEquals(Duration.ofMillis(200), max.backoff(1));
        assertEquals(Duration.ofMillis(3200), max.backoff(5));
        assertEquals(Duration.ofSeconds(5), max.backoff(6));
        assertEquals(Duration.ofSeconds(5), max.backoff(60));
        RetryPolicy half = new RetryPolicy(Duration.ofMillis(200), Duration.ofSeconds(5),
                Duration.ofSeconds(30), timer, () -> 0.5);
        assertEquals(Duration.ofMillis(400), half.backoff(3));
        RetryPolicy real = RetryPolicy.defaults(Duration.ofSeconds(30));
        for (int i = 0; i < 100; i++) {
            Duration d = real.backoff(4);
            assertTrue(!d.isNegative() && d.compareTo(Duration.ofMillis(1600)) <= 0, d.toString());
        }
    }

    @Test
    void parsesRetryAfterInBothForms() {
        RetryPolicy p = FakeTimer.policy(timer, Duration.ofSeconds(30));
        assertEquals(Duration.ofSeconds(7), p.parseRetryAfter(" 7 ").orElseThrow());
        assertEquals(Duration.ofSeconds(90),
                p.parseRetryAfter("Sun, 01 Mar 2026 12:01:30 GMT").orElseThrow());
        assertEquals(Duration.ZERO, p.parseRetryAfter("Sun, 01 Mar 2026 11:00:00 GMT").orElseThrow());
        assertTrue(p.parseRetryAfter("soon").isEmpty());
        assertTrue(p.parseRetryAfter(null).isEmpty());
        assertEquals(Duration.ofMillis(800), p.delay(3, "soon"), "unreadable header falls back to backoff");
    }
}
