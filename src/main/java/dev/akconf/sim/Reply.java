package dev.akconf.sim;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/** One HTTP answer of the emulated API: status, JSON body (null for none) and extra headers. */
record Reply(int status, JsonNode body, Map<String, String> headers) {

    static Reply ok(JsonNode body) {
        return new Reply(200, body, Map.of());
    }

    static Reply created(JsonNode body) {
        return new Reply(201, body, Map.of());
    }

    static Reply noContent() {
        return new Reply(204, null, Map.of());
    }

    static Reply detail(int status, String message) {
        return new Reply(status, Json.detail(message), Map.of());
    }
}
