package dev.akconf.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/** Unmanaged objects are sorted by what is printed (an application's slug), not the server's order (its display name). */
class UnmanagedOrderTest {

    @Test
    void unmanagedApplicationsAreSortedBySlug() {
        try (SimHarness h = SimHarness.incident()) {
            // Display names in the opposite order of the slugs.
            h.sim.state().addApplication(JsonNodeFactory.instance.objectNode().put("slug", "a-wiki").put("name", "Zed wiki"));
            h.sim.state().addApplication(JsonNodeFactory.instance.objectNode().put("slug", "z-grafana").put("name", "Alpha Grafana"));
            JsonNode plan = JsonMapper.builder().build().readTree(h.run("plan", "-c", "config", "--output", "json").out());
            List<String> apps = new ArrayList<>();
            plan.path("unmanaged").forEach(u -> {
                if (u.path("kind").asString().equals("Application")) {
                    apps.add(u.path("name").asString());
                }
            });
            assertEquals(List.of("a-wiki", "z-grafana"), apps);
            String text = h.run("plan", "-c", "config", "--no-color", "--show-unmanaged").out();
            assertEquals(true, text.indexOf("Application \"a-wiki\"") < text.indexOf("Application \"z-grafana\""), text);
        }
    }
}
