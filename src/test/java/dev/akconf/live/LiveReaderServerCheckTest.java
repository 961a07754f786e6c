package dev.akconf.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.authentik.AuthentikClient;
import dev.akconf.authentik.AuthentikException;
import dev.akconf.authentik.ClientSettings;
import dev.akconf.config.ConfigLoader;
import dev.akconf.config.Resource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * LiveReader over MockWebServer: the version and the token's user go out with the lists, not before
 * them; every referenced kind's list is read once, declared or not; the first failure reported is the
 * version's, and a non-superuser's token is refused before any list is used.
 */
class LiveReaderServerCheckTest {

    private static final String BINDING = """
            kind: PolicyBinding
            target: {application: grafana}
            group: authentik Admins
            spec:
              order: 10
            """;

    private final MockWebServer server = new MockWebServer();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final CountDownLatch groupsAsked = new CountDownLatch(1);
    private final AtomicBoolean versionSawGroups = new AtomicBoolean();
    private volatile String me = "{\"user\": {\"pk\": 1, \"username\": \"akadmin\", \"is_superuser\": true}}";
    private volatile int versionStatus = 200;

    @BeforeEach
    void start() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) throws InterruptedException {
                String path = r.getUrl().encodedPath().replaceFirst("^/api/v3", "");
                calls.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
                return switch (path) {
                    case "/admin/version/" -> {
                        // Answered only once the groups list was asked for, or after 10 s: a reader
                        // that sent the version alone first would make this wait time out.
                        boolean seen = groupsAsked.await(10, TimeUnit.SECONDS);
                        if (calls.get(path).get() == 1) {
                            versionSawGroups.set(seen); // the first version request decides
                        }
                        yield json(versionStatus, versionStatus == 200 ? "{\"version_current\": \"2026.2.2\"}"
                                : "{\"detail\": \"Token invalid/expired\"}");
                    }
                    case "/core/users/me/" -> json(versionStatus == 200 ? 200 : 403,
                            versionStatus == 200 ? me : "{\"detail\": \"Token invalid/expired\"}");
                    case "/core/groups/" -> {
                        groupsAsked.countDown();
                        yield page("{\"pk\": \"9f3c0000-0000-4000-8000-000000000001\", \"name\": \"authentik Admins\"}");
                    }
                    case "/core/applications/" -> page("{\"pk\": \"9f3c0000-0000-4000-8000-000000000002\", \"slug\": \"grafana\", \"name\": \"Grafana\"}");
                    // Scope mappings: listed whenever a proxy provider is declared (undeclared property_mappings compare).
                    case "/policies/bindings/", "/providers/proxy/", "/propertymappings/provider/scope/" -> page("");
                    case "/flows/instances/" -> page("{\"pk\": \"9f3c0000-0000-4000-8000-000000000003\", \"slug\": \"implicit\"}");
                    case "/sources/oauth/" -> page("{\"pk\": \"9f3c0000-0000-4000-8000-000000000004\", \"slug\": \"github\", \"name\": \"GitHub\"}");
                    default -> json(404, "{\"detail\": \"Not found.\"}");
                };
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }

    private static MockResponse page(String item) {
        int n = item.isEmpty() ? 0 : 1;
        return json(200, "{\"pagination\": {\"next\": 0, \"previous\": 0, \"count\": " + n + ", \"current\": 1,"
                + " \"total_pages\": 1, \"start_index\": " + n + ", \"end_index\": " + n + "}, \"results\": [" + item + "],"
                + " \"autocomplete\": {}}");
    }

    private LiveState read() {
        return read(BINDING);
    }

    private LiveState read(String yaml) {
        List<Resource> resources = new ConfigLoader(Map.<String, String>of()::get).loadText("b.yaml", yaml).resources();
        try (AuthentikClient client = new AuthentikClient(ClientSettings.builder(server.url("/").toString(), "tok-1").build())) {
            return new LiveReader(client).read(resources);
        }
    }

    private int calls(String path) {
        return calls.getOrDefault(path, new AtomicInteger()).get();
    }

    @Test
    void versionAndUserGoOutWithTheListsAndEachReferencedKindIsListedOnce() {
        LiveState live = read();
        assertTrue(versionSawGroups.get(), "the groups list was asked for while the version was pending");
        assertEquals("2026.2.2", live.serverVersion());
        assertEquals(1, calls("/admin/version/"));
        assertEquals(1, calls("/core/users/me/"));
        assertEquals(1, calls("/core/groups/"), "no Group is declared: its list is read once all the same");
        assertEquals(1, calls("/core/applications/"), "no Application is declared either");
        assertEquals(1, calls("/policies/bindings/"));
        assertTrue(live.refs().find(dev.akconf.model.RefTarget.GROUP, "authentik Admins").isPresent());
    }

    @Test
    void jwtFederationSourcesResolveAgainstTheOAuthSourceList() {
        groupsAsked.countDown(); // no group here: the version need not wait
        LiveState live = read("""
                kind: ProxyProvider
                name: p
                spec:
                  mode: forward_single
                  external_host: https://app.example.com
                  authorization_flow: implicit
                  invalidation_flow: implicit
                  jwt_federation_sources: [github]
                """);
        assertEquals(1, calls("/sources/oauth/"));
        assertEquals("9f3c0000-0000-4000-8000-000000000004",
                live.refs().find(dev.akconf.model.RefTarget.SOURCE, "github").orElseThrow().path("pk").asString());
    }

    @Test
    void aNonSuperusersTokenIsRefusedWithExit4() {
        me = "{\"user\": {\"pk\": 7, \"username\": \"ci-viewer\", \"is_superuser\": false}}";
        AuthentikException e = assertThrows(AuthentikException.class, this::read);
        assertEquals(4, e.exitCode());
        assertTrue(e.getMessage().startsWith("the token's user \"ci-viewer\" is not a superuser"), e.getMessage());
        assertTrue(e.getMessage().contains("authentik/core/api/applications.py"), e.getMessage());
    }

    @Test
    void aRejectedTokenIsReportedAsTheVersionsFailure() {
        versionStatus = 403;
        AuthentikException e = assertThrows(AuthentikException.class, this::read);
        assertEquals(4, e.exitCode());
        assertTrue(e.getMessage().startsWith("403 Forbidden from GET /admin/version/"), e.getMessage());
    }
}
