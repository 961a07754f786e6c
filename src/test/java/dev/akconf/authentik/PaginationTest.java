package dev.akconf.authentik;

import static dev.akconf.authentik.Servers.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PaginationTest {

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

    /** An Authentik-shaped page of {@code count} items split into pages of 100. */
    static String page(int page, int count, boolean withTotalPages) {
        int totalPages = Math.max(1, (count + 99) / 100);
        int from = (page - 1) * 100;
        int to = Math.min(count, from + 100);
        String results = IntStream.range(from, to).mapToObj(i -> "{\"pk\": " + i + "}")
                .collect(Collectors.joining(","));
        int next = page < totalPages ? page + 1 : 0;
        String total = withTotalPages ? ", \"total_pages\": " + totalPages : "";
        return "{\"pagination\": {\"next\": " + next + ", \"previous\": " + (page - 1) + ", \"count\": "
                + count + ", \"current\": " + page + total + ", \"start_index\": " + (from + 1)
                + ", \"end_index\": " + to + "}, \"results\": [" + results + "], \"autocomplete\": {}}";
    }

    private Dispatcher pages(int count, boolean withTotalPages) {
        return new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                int p = Integer.parseInt(request.getUrl().queryParameter("page"));
                return json(200, page(p, count, withTotalPages));
            }
        };
    }

    private List<RecordedRequest> recorded() throws InterruptedException {
        List<RecordedRequest> all = new ArrayList<>();
        for (RecordedRequest r; (r = server.takeRequest(10, TimeUnit.MILLISECONDS)) != null; ) {
            all.add(r);
        }
        return all;
    }

    private static List<Integer> pks(List<JsonNode> items) {
        return items.stream().map(n -> n.get("pk").asInt()).toList();
    }

    @Test
    void fetchesThreePagesInOrderWithOneRequestEach() throws Exception {
        server.setDispatcher(pages(250, true));
        List<JsonNode> items;
        try (AuthentikClient client = Servers.client(server, timer)) {
            items = client.listAll("/providers/proxy/", Map.of("ordering", List.of("name")));
            assertEquals(3, client.stats().requests());
        }
        assertEquals(IntStream.range(0, 250).boxed().toList(), pks(items));
        List<RecordedRequest> requests = recorded();
        assertEquals(3, requests.size());
        assertEquals(List.of("1", "2", "3"), requests.stream()
                .map(r -> r.getUrl().queryParameter("page")).sorted().toList());
        for (RecordedRequest r : requests) {
            assertEquals("100", r.getUrl().queryParameter("page_size"));
            assertEquals("name", r.getUrl().queryParameter("ordering"));
            assertEquals("/api/v3/providers/proxy/", r.getUrl().encodedPath());
        }
    }

    @Test
    void emptyListTakesOneRequest() throws Exception {
        server.setDispatcher(pages(0, true));
        try (AuthentikClient client = Servers.client(server, timer)) {
            assertTrue(client.listAll("/outposts/instances/").isEmpty());
        }
        assertEquals(1, recorded().size());
    }

    @Test
    void followsNextWhenTotalPagesIsMissing() throws Exception {
        server.setDispatcher(pages(230, false));
        List<JsonNode> items;
        try (AuthentikClient client = Servers.client(server, timer)) {
            items = client.listAll("/core/applications/");
        }
        assertEquals(IntStream.range(0, 230).boxed().toList(), pks(items));
        assertEquals(List.of("1", "2", "3"), recorded().stream()
                .map(r -> r.getUrl().queryParameter("page")).toList(), "sequential, in order");
    }

    @Test
    void callerPageParametersAreOverridden() throws Exception {
        server.setDispatcher(pages(5, true));
        try (AuthentikClient client = Servers.client(server, timer)) {
            client.listAll("/x/", Map.of("page", List.of("9"), "page_size", List.of("5")));
        }
        RecordedRequest r = recorded().get(0);
        assertEquals(List.of("1"), r.getUrl().queryParameterValues("page"));
        assertEquals(List.of("100"), r.getUrl().queryParameterValues("page_size"));
    }

    @Test
    void fetchesLaterPagesConcurrently() throws Exception {
        // Pages 2..5 wait until two of them are in flight at once (or 5 s pass); a sequential
        // client would never get there and record a maximum of 1.
        CountDownLatch twoInFlight = new CountDownLatch(2);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                int p = Integer.parseInt(request.getUrl().queryParameter("page"));
                if (p > 1) {
                    maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    twoInFlight.countDown();
                    twoInFlight.await(5, TimeUnit.SECONDS);
                    inFlight.decrementAndGet();
                }
                return json(200, page(p, 450, true));
            }
        });
        List<JsonNode> items;
        try (AuthentikClient client = Servers.client(server, timer, b -> b.maxConcurrency(3))) {
            items = client.listAll("/providers/proxy/");
        }
        assertTrue(maxInFlight.get() >= 2, "max in flight " + maxInFlight.get());
        assertTrue(maxInFlight.get() <= 3, "bounded by maxConcurrency: " + maxInFlight.get());
        assertEquals(IntStream.range(0, 450).boxed().toList(), pks(items));
    }

    @Test
    void bareArrayIsReturnedAsIs() {
        server.enqueue(json(200, "[{\"pk\": \"a\"}, {\"pk\": \"b\"}]"));
        try (AuthentikClient client = Servers.client(server, timer)) {
            assertEquals(2, client.listAll("/core/groups/x/used_by/").size());
        }
    }

    @Test
    void failingPageFailsTheWholeList() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                int p = Integer.parseInt(request.getUrl().queryParameter("page"));
                return p == 2 ? json(403, "{\"detail\": \"You do not have permission to perform this action.\"}")
                        : json(200, page(p, 300, true));
            }
        });
        try (AuthentikClient client = Servers.client(server, timer)) {
            AuthentikException e = assertThrows(AuthentikException.class, () -> client.listAll("/x/"));
            assertEquals(403, e.status());
        }
    }

    @Test
    void listThatShrankMidwayStopsAtInvalidPage() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                int p = Integer.parseInt(request.getUrl().queryParameter("page"));
                return p == 3 ? json(404, "{\"detail\": \"Invalid page.\"}") : json(200, page(p, 250, true));
            }
        });
        try (AuthentikClient client = Servers.client(server, timer)) {
            assertEquals(200, client.listAll("/x/").size());
        }
    }

    @Test
    void nonPaginatedObjectIsAnError() {
        server.enqueue(json(200, "{\"detail\": \"weird\"}"));
        try (AuthentikClient client = Servers.client(server, timer)) {
            AuthentikException e = assertThrows(AuthentikException.class, () -> client.listAll("/x/"));
            assertTrue(e.getMessage().contains("no \"results\" list"), e.getMessage());
        }
    }
}
