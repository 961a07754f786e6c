package dev.akconf.authentik;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * One JSON request/response exchange relative to the API base: builds the URL, sends the body,
 * parses the answer and maps every failure to an {@link AuthentikException}.
 */
final class Transport {

    private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");

    private final java.util.function.Supplier<OkHttpClient> http;
    private final String apiBase;
    private final JsonMapper json;
    private final ErrorMapper errors;
    private final Redactor redactor;

    Transport(java.util.function.Supplier<OkHttpClient> http, String apiBase, JsonMapper json, ErrorMapper errors,
              Redactor redactor) {
        this.http = http;
        this.apiBase = apiBase;
        this.json = json;
        this.errors = errors;
        this.redactor = redactor;
    }

    /**
     * Sends one request. Returns the parsed body, or {@link MissingNode} for an empty one
     * (e.g. 204 after DELETE).
     */
    JsonNode call(String method, String path, Map<String, List<String>> query, JsonNode body) {
        String shownPath = displayPath(path);
        HttpUrl url = url(path, query);
        RequestBody requestBody = null;
        if (body != null) {
            requestBody = new OneShotBody(json.writeValueAsBytes(body), JSON_TYPE);
        } else if (!method.equals("GET") && !method.equals("HEAD")) {
            // OkHttp insists on a body for POST/PUT/PATCH (DRF reads an empty one as {}), and
            // only a one-shot body stops it re-sending a DELETE that may already have happened.
            requestBody = new OneShotBody(new byte[0], null);
        }
        Attempts attempts = new Attempts();
        Request request = new Request.Builder().url(url).method(method, requestBody)
                .tag(Attempts.class, attempts).build();
        okhttp3.Call call = http.get().newCall(request);
        try (Response response = call.execute()) {
            byte[] bytes = response.body().bytes();
            if (response.code() >= 300 && response.code() < 400) {
                throw errors.redirect(method, shownPath, response.code(), response.message(),
                        response.header("Location"), url);
            }
            if (!response.isSuccessful()) {
                throw errors.fromResponse(method, shownPath, response.code(), response.message(),
                        bytes, attempts.count());
            }
            if (bytes.length == 0) {
                return MissingNode.getInstance();
            }
            JsonNode tree;
            try {
                tree = json.readTree(bytes);
            } catch (JacksonException e) {
                throw errors.notJson(method, shownPath, response.code(), response.message(), bytes);
            }
            // A server that received the token may echo it (or a sensitive value) in any field; what we
            // read is later printed, so it is masked here, once. Normally the scan finds nothing.
            return redactor.mayOccurIn(bytes) ? MaskedTree.mask(tree, redactor) : tree;
        } catch (IOException e) {
            throw errors.fromIOException(method, shownPath, url, e, attempts.count(), call.isCanceled(),
                    attempts.tlsStalled());
        }
    }

    /**
     * A request body OkHttp may send only once: it then never silently re-sends a write after a
     * connection failure or a 408 (its RetryAndFollowUpInterceptor checks {@code isOneShot}).
     */
    private static final class OneShotBody extends RequestBody {
        private final byte[] bytes;
        private final MediaType type;

        OneShotBody(byte[] bytes, MediaType type) {
            this.bytes = bytes;
            this.type = type;
        }

        @Override public MediaType contentType() { return type; }
        @Override public long contentLength() { return bytes.length; }
        @Override public boolean isOneShot() { return true; }
        @Override public void writeTo(BufferedSink sink) throws IOException { sink.write(bytes); }
    }

    HttpUrl url(String path, Map<String, List<String>> query) {
        String relative = path == null || path.isEmpty() ? "/" : path.startsWith("/") ? path : "/" + path;
        HttpUrl url = HttpUrl.parse(apiBase + relative);
        if (url == null) {
            throw AuthentikException.usage("invalid API path \"" + path + "\"");
        }
        if (query == null || query.isEmpty()) {
            return url;
        }
        HttpUrl.Builder builder = url.newBuilder();
        // Repeated values become repeated parameters, which is how DRF filters take lists.
        query.forEach((name, values) -> {
            for (String value : values) {
                builder.addQueryParameter(name, value);
            }
        });
        return builder.build();
    }

    /** The path as shown in messages: leading slash, no query string. */
    static String displayPath(String path) {
        String p = path == null ? "/" : path;
        int q = p.indexOf('?');
        if (q >= 0) {
            p = p.substring(0, q);
        }
        return p.startsWith("/") ? p : "/" + p;
    }
}
