package dev.akconf.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.authentik.AuthentikClient;
import dev.akconf.authentik.ClientSettings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** akconf's own AuthentikClient against the simulator, then every recorded exchange against the contract. */
class ClientIntegrationTest {

    @Test
    void listAllPagesWritesAndStaysWithinTheContract() {
        SimState seed = SimState.fresh();
        for (int i = 0; i < 250; i++) {
            seed.addProxyProvider(Http.JSON.createObjectNode().put("name", String.format("svc-%03d", i))
                    .put("external_host", "https://svc" + i + ".example.com").put("mode", "forward_single"));
        }
        try (Simulator sim = Simulator.start(SimOptions.of(seed));
                AuthentikClient client = new AuthentikClient(ClientSettings.of(sim.url(), sim.token(), "test"))) {
            assertEquals("2026.2.2", client.serverVersion());
            List<JsonNode> all = client.listAll("/providers/proxy/");
            assertEquals(250, all.size());
            assertEquals("svc-000", all.get(0).get("name").stringValue());
            assertEquals(3, sim.requestCounts().get("GET /providers/proxy/"));

            List<JsonNode> managed = client.listAll("/propertymappings/provider/scope/",
                    Map.of("managed", List.of("goauthentik.io/providers/proxy/scope-proxy")));
            assertEquals(1, managed.size());

            ObjectNode patch = Http.JSON.createObjectNode().put("mode", "forward_single").put("cookie_domain", "example.com");
            assertEquals("example.com", client.patch("/providers/proxy/1/", patch).get("cookie_domain").stringValue());
            JsonNode embedded = client.listAll("/outposts/instances/",
                    Map.of("managed__iexact", List.of("goauthentik.io/outposts/embedded"))).get(0);
            ObjectNode outpostPatch = Http.JSON.createObjectNode();
            outpostPatch.putArray("providers").add(1).add(2);
            outpostPatch.set("config", client.get("/outposts/instances/default_settings/").get("config"));
            JsonNode updated = client.patch("/outposts/instances/" + embedded.get("pk").stringValue() + "/", outpostPatch);
            assertEquals(sim.url() + "/", updated.get("config").get("authentik_host").stringValue());
            OpenApiContract.assertContract(sim);
        }
    }

    @Test
    void concurrentCreatesGetDistinctPks() throws Exception {
        try (Simulator sim = Simulator.start()) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<Http.Resp>> results = new ArrayList<>();
                for (int i = 0; i < 64; i++) {
                    String name = "p" + i;
                    results.add(pool.submit(() -> new Http(sim).post("/providers/proxy/", SimTestBase.provider(name))));
                }
                Set<Integer> pks = new HashSet<>();
                for (Future<Http.Resp> f : results) {
                    Http.Resp r = f.get();
                    assertEquals(201, r.status());
                    pks.add(r.body().get("pk").intValue());
                }
                assertEquals(64, pks.size());
                assertEquals(64, sim.state().count("/providers/proxy/"));
                List<SimRequest> requests = sim.requests();
                for (int i = 1; i < requests.size(); i++) {
                    assertTrue(requests.get(i - 1).index() < requests.get(i).index());
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
