package dev.akconf.authentik;

import static dev.akconf.authentik.Servers.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Where the client masks: the token in answers and errors, sensitive values in errors only. */
class MaskingTest {

    private static final String SECRET = "s3cret-cookie-domain.example";
    private final MockWebServer server = new MockWebServer();
    private final FakeTimer timer = new FakeTimer();
    private AuthentikClient client;

    @BeforeEach
    void start() throws Exception {
        server.start();
        client = Servers.client(server, timer, b -> b.alsoMask(List.of(SECRET)));
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void tokenFragmentsInAnAnswerAreMasked() {
        server.enqueue(json(200, "{\"pk\": 1, \"name\": \"x-" + Servers.TOKEN.substring(2) + "\", \"" + Servers.TOKEN + "\": 1}"));
        JsonNode answer = client.get("/core/groups/1/");
        assertEquals("x-***", answer.get("name").asString());
        assertTrue(answer.has("***"), answer.toString());
    }

    @Test
    void aSensitiveValueAuthentikHoldsReadsBackAsItself() {
        server.enqueue(json(200, "{\"pk\": 1, \"cookie_domain\": \"" + SECRET + "\"}"));
        assertEquals(SECRET, client.get("/providers/proxy/1/").get("cookie_domain").asString());
    }

    @Test
    void aSensitiveValueQuotedInAnErrorIsMasked() {
        server.enqueue(json(400, "{\"cookie_domain\": [\"" + SECRET.substring(3) + " is not valid\"]}"));
        AuthentikException e = assertThrows(AuthentikException.class, () -> client.patch("/providers/proxy/1/",
                tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()));
        assertFalse(e.getMessage().contains(SECRET.substring(3, 11)), e.getMessage());
        assertEquals(List.of("*** is not valid"), e.fieldErrors().get("cookie_domain"));
    }
}
