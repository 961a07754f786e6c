package dev.akconf.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A read-only Authentik over MockWebServer for plan tests: serves a fixture's lists with Authentik's
 * page-number pagination (default 20, max 100, 404 "Invalid page." past the end), answers 403 with
 * Authentik's {@code detail} to a wrong token, and records every request.
 */
public final class FakeAuthentik implements AutoCloseable {

    public static final String TOKEN = "ak-test-token-7f3c9e1b";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockWebServer server = new MockWebServer();
    private final ObjectNode state;
    private final List<RecordedRequest> requests = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Integer> listCalls = new ConcurrentHashMap<>();

    private FakeAuthentik(ObjectNode state) {
        this.state = state;
    }

    /** Starts a server holding {@code src/test/resources/fixtures/<name>/live.json}. */
    public static FakeAuthentik start(String fixture) {
        try (InputStream in = FakeAuthentik.class.getResourceAsStream("/fixtures/" + fixture + "/live.json")) {
            FakeAuthentik fake = new FakeAuthentik((ObjectNode) JSON.readTree(in));
            fake.server.setDispatcher(fake.new Handler());
            fake.server.start();
            return fake;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL to pass as --url (without /api/v3, which akconf appends). */
    public String url() {
        return server.url("/").toString();
    }

    /** The live objects of a list endpoint, to change before a plan. */
    public ArrayNode list(String path) {
        return (ArrayNode) state.get(path);
    }

    public ObjectNode object(String path, String field, String value) {
        for (JsonNode o : list(path)) {
            if (value.equals(o.path(field).asString())) {
                return (ObjectNode) o;
            }
        }
        throw new IllegalArgumentException("no " + field + "=" + value + " in " + path);
    }

    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.close();
    }

    private final class Handler extends Dispatcher {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
            requests.add(request);
            if (!("Bearer " + TOKEN).equals(request.getHeaders().get("Authorization"))) {
                return json(403, "{\"detail\": \"Token invalid/expired\"}");
            }
            if (!request.getMethod().equals("GET")) {
                return json(405, "{\"detail\": \"Method \\\"" + request.getMethod() + "\\\" not allowed.\"}");
            }
            String path = request.getUrl().encodedPath().replaceFirst("^/api/v3", "");
            JsonNode body = state.get(path);
            if (body == null && path.equals("/core/users/me/")) {
                // A fixture that does not say whose token it is: a superuser's, as akconf needs.
                return json(200, "{\"user\": {\"pk\": 1, \"username\": \"akadmin\", \"is_superuser\": true}}");
            }
            if (body == null) {
                return json(404, "{\"detail\": \"Not found.\"}");
            }
            if (!body.isArray()) {
                return json(200, body.toString());
            }
            return page((ArrayNode) body, request);
        }

        private MockResponse page(ArrayNode all, RecordedRequest request) {
            int size = parse(request.getUrl().queryParameter("page_size"), 20);
            size = size <= 0 ? 20 : Math.min(size, 100);
            int page = parse(request.getUrl().queryParameter("page"), 1);
            int pages = Math.max(1, (all.size() + size - 1) / size);
            if (page < 1 || page > pages) {
                return json(404, "{\"detail\": \"Invalid page.\"}");
            }
            int from = (page - 1) * size;
            int to = Math.min(all.size(), from + size);
            ObjectNode out = JSON.createObjectNode();
            ObjectNode p = out.putObject("pagination");
            p.put("next", page < pages ? page + 1 : 0);
            p.put("previous", page > 1 ? page - 1 : 0);
            p.put("count", all.size());
            p.put("current", page);
            p.put("total_pages", pages);
            p.put("start_index", all.isEmpty() ? 0 : from + 1);
            p.put("end_index", to);
            ArrayNode results = out.putArray("results");
            for (int i = from; i < to; i++) {
                results.add(all.get(i));
            }
            out.putObject("autocomplete");
            return json(200, out.toString());
        }

        private int parse(String s, int fallback) {
            try {
                return s == null ? fallback : Integer.parseInt(s);
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }
}
