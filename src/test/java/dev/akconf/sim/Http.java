package dev.akconf.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A plain OkHttp client for simulator tests: no automatic retries, so faults are seen as they are.
 * Every request body sent through {@link #send} can be checked against the contract afterwards.
 */
final class Http {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final MediaType JSON_TYPE = MediaType.get("application/json");

    /** A response: status, parsed body (null when empty) and the raw response. */
    record Resp(int status, JsonNode body, String retryAfter) {
        ObjectNode object() {
            return (ObjectNode) body;
        }
    }

    private final Simulator sim;
    final OkHttpClient client = new OkHttpClient.Builder()
            .retryOnConnectionFailure(false)
            .readTimeout(10, TimeUnit.SECONDS)
            .build();
    private String token;

    Http(Simulator sim) {
        this.sim = sim;
        this.token = sim.token();
    }

    Http token(String token) {
        this.token = token;
        return this;
    }

    Resp get(String apiPath) {
        return send("GET", apiPath, null);
    }

    Resp post(String apiPath, String json) {
        return send("POST", apiPath, json);
    }

    Resp put(String apiPath, String json) {
        return send("PUT", apiPath, json);
    }

    Resp patch(String apiPath, String json) {
        return send("PATCH", apiPath, json);
    }

    Resp delete(String apiPath) {
        return send("DELETE", apiPath, null);
    }

    Resp send(String method, String apiPath, String json) {
        try (Response r = client.newCall(request(method, apiPath, json)).execute()) {
            String text = r.body().string();
            return new Resp(r.code(), text.isEmpty() ? null : JSON.readTree(text), r.header("Retry-After"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Request request(String method, String apiPath, String json) {
        Request.Builder b = new Request.Builder().url(sim.apiUrl() + apiPath);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        RequestBody body = json == null ? (method.equals("GET") || method.equals("DELETE") ? null
                : RequestBody.create(new byte[0], null)) : RequestBody.create(json, JSON_TYPE);
        return b.method(method, body).build();
    }

    /** JSON text from single-quoted JSON, for readable test bodies. */
    static String j(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }
}
