package dev.akconf.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.authentik.AuthentikClient;
import dev.akconf.authentik.AuthentikException;
import dev.akconf.authentik.ClientSettings;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** Fault injection and latency, as clients see them. */
class FaultTest {

    private static Simulator start(FaultPlan plan) {
        return Simulator.start(SimOptions.builder().seed(SimState.incident()).faults(plan).build());
    }

    private static IOException sendExpectingIo(Http http, String method, String path, String body) {
        return assertThrows(IOException.class, () -> {
            try (Response r = http.client.newCall(http.request(method, path, body)).execute()) {
                r.body().string();
            }
        });
    }

    @Test
    void dropBeforeActingLeavesTheStateAlone() {
        try (Simulator sim = start(FaultPlan.scripted().nth("POST", 1, Fault.dropBefore()))) {
            Http http = new Http(sim);
            sendExpectingIo(http, "POST", "/providers/proxy/", SimTestBase.provider("grafana"));
            assertEquals(1, sim.state().count("/providers/proxy/"));
            SimRequest r = sim.requests().get(0);
            assertEquals(Fault.Kind.DROP_BEFORE, r.fault());
            assertEquals(0, r.status());
            assertEquals(201, http.post("/providers/proxy/", SimTestBase.provider("grafana")).status());
        }
    }

    @Test
    void dropAfterActingChangesTheState() {
        try (Simulator sim = start(FaultPlan.scripted().at(2, Fault.dropAfter()))) {
            Http http = new Http(sim);
            assertEquals(200, http.get("/providers/proxy/").status());
            sendExpectingIo(http, "PATCH", "/providers/proxy/1/", Http.j("{'mode': 'forward_domain', 'name': 'renamed'}"));
            assertEquals("renamed", sim.state().get("/providers/proxy/", 1).orElseThrow().get("name").stringValue());
            assertEquals(Fault.Kind.DROP_AFTER, sim.requests().get(1).fault());
        }
    }

    @Test
    void akconfsClientSeesDroppedWritesAsErrors() {
        try (Simulator sim = start(FaultPlan.scripted().nth("POST", 1, Fault.dropAfter()));
                AuthentikClient client = new AuthentikClient(ClientSettings.of(sim.url(), sim.token(), "test"))) {
            ObjectNode body = (ObjectNode) Http.JSON.readTree(SimTestBase.provider("grafana"));
            assertThrows(AuthentikException.class, () -> client.post("/providers/proxy/", body));
            // Written, though the client never heard back: exactly the case a careful apply must handle.
            assertEquals(2, sim.state().count("/providers/proxy/"));
            assertEquals(1, sim.requestCounts().get("POST /providers/proxy/"));
        }
    }

    @Test
    void unavailableIsA503WithRetryAfterZero() {
        // Two in a row: plain OkHttp silently re-sends once on "503 + Retry-After: 0", even a POST.
        try (Simulator sim = start(FaultPlan.scripted().at(1, Fault.unavailable()).at(2, Fault.unavailable()))) {
            Http http = new Http(sim);
            Http.Resp r = http.post("/providers/proxy/", SimTestBase.provider("grafana"));
            assertEquals(503, r.status());
            assertEquals("0", r.retryAfter());
            assertEquals("{\"detail\":\"Service Unavailable\"}", r.body().toString());
            assertEquals(2, sim.requestCount());
            assertEquals(1, sim.state().count("/providers/proxy/"));
        }
    }

    @Test
    void akconfsClientDoesNotResendAWriteAfterA503() {
        try (Simulator sim = start(FaultPlan.scripted().nth("POST", 1, Fault.unavailable()));
                AuthentikClient client = new AuthentikClient(ClientSettings.of(sim.url(), sim.token(), "test"))) {
            ObjectNode body = (ObjectNode) Http.JSON.readTree(SimTestBase.provider("grafana"));
            assertThrows(AuthentikException.class, () -> client.post("/providers/proxy/", body));
            assertEquals(1, sim.requestCount());
            assertEquals(1, sim.state().count("/providers/proxy/"));
        }
    }

    @Test
    void randomPlansAreDeterministicAndRespectMethodFilters() {
        List<Fault.Kind> first = decisions(FaultPlan.random(7).unavailable(0.2).dropBefore(0.2).dropAfter(0.2).onlyWrites());
        List<Fault.Kind> second = decisions(FaultPlan.random(7).unavailable(0.2).dropBefore(0.2).dropAfter(0.2).onlyWrites());
        assertEquals(first, second);
        for (int i = 0; i < first.size(); i += 2) {
            assertEquals(Fault.Kind.NONE, first.get(i), "GETs are never faulted");
        }
        assertTrue(first.stream().filter(k -> k != Fault.Kind.NONE).count() > 10, first::toString);
        List<Fault.Kind> limited = decisions(FaultPlan.random(7).unavailable(1).limit(3));
        assertEquals(3, limited.stream().filter(k -> k == Fault.Kind.UNAVAILABLE).count());
    }

    private static List<Fault.Kind> decisions(FaultPlan plan) {
        List<Fault.Kind> out = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            out.add(plan.decide(i, i % 2 == 1 ? "GET" : "PATCH", "/api/v3/providers/proxy/1/").kind());
        }
        return out;
    }

    @Test
    void scriptedRulesCountPerMethodAndPath() {
        ScriptedFaults plan = FaultPlan.scripted().nth("PATCH", "/api/v3/outposts/", 2, Fault.dropAfter());
        assertEquals(Fault.Kind.NONE, plan.decide(1, "PATCH", "/api/v3/outposts/instances/x/").kind());
        assertEquals(Fault.Kind.NONE, plan.decide(2, "PATCH", "/api/v3/providers/proxy/1/").kind());
        assertEquals(Fault.Kind.DROP_AFTER, plan.decide(3, "PATCH", "/api/v3/outposts/instances/x/").kind());
        assertEquals(Fault.Kind.NONE, plan.decide(4, "PATCH", "/api/v3/outposts/instances/x/").kind());
    }

    @Test
    void latencyAndDelaysAreApplied() {
        SimOptions options = SimOptions.builder().latency(Duration.ofMillis(20))
                .faults(FaultPlan.scripted().at(2, Fault.delay(Duration.ofMillis(150)))).build();
        try (Simulator sim = Simulator.start(options)) {
            Http http = new Http(sim);
            long t0 = System.nanoTime();
            assertEquals(200, http.get("/admin/version/").status());
            long first = (System.nanoTime() - t0) / 1_000_000;
            t0 = System.nanoTime();
            assertEquals(200, http.get("/admin/version/").status());
            long second = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(first >= 20, "latency " + first);
            assertTrue(second >= 170, "latency + delay " + second);
            assertEquals(Fault.Kind.DELAY, sim.requests().get(1).fault());
        }
    }
}
