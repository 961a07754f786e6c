package dev.akconf.authentik;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Clients built from the warmed-up base stay independent: closing one never breaks the next. */
class HttpWarmupTest {

    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void clientsAfterTheWarmupWorkOneAfterAnother() {
        HttpWarmup.start();
        HttpWarmup.start(); // idempotent
        for (int i = 0; i < 3; i++) {
            server.enqueue(Servers.json(200, "{\"version_current\": \"2026.2.2\"}"));
            try (AuthentikClient client = new AuthentikClient(Servers.settings(server).build())) {
                assertEquals("2026.2.2", client.serverVersion());
                assertEquals(1, client.stats().requests());
            }
        }
    }

    @Test
    void aClientThatNeverSentARequestClosesCleanly() {
        HttpWarmup.start();
        new AuthentikClient(Servers.settings(server).build()).close();
        assertEquals(0, server.getRequestCount());
    }
}
