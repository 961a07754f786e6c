package dev.akconf.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Unmanaged objects are sorted by what is printed (an application's slug), not the server's order (its
 * display name); --ignore-unmanaged leaves them out of every output.
 */
class UnmanagedOrderTest {

    @Test
    void ignoreUnmanagedLeavesThemOutOfEveryOutput() {
        try (SimHarness h = SimHarness.incident()) {
            JsonMapper json = JsonMapper.builder().build();
            int seeded = json.readTree(h.run("plan", "-c", "config", "--output", "json").out()).path("unmanaged").size();
            h.sim.state().addApplication(JsonNodeFactory.instance.objectNode().put("slug", "a-wiki").put("name", "Wiki"));
            assertEquals(seeded + 1, json.readTree(h.run("plan", "-c", "config", "--output", "json").out()).path("unmanaged").size());
            JsonNode ignored = json.readTree(h.run("plan", "-c", "config", "--output", "json", "--ignore-unmanaged").out());
            assertEquals(0, ignored.path("unmanaged").size());
            assertEquals(0, ignored.path("summary").path("unmanaged").asInt());
            String text = h.run("plan", "-c", "config", "--no-color", "--ignore-unmanaged", "--show-unmanaged").out();
            assertEquals(false, text.contains("Unmanaged") || text.contains("a-wiki"), text);
            String md = h.run("plan", "-c", "config", "--output", "markdown", "--ignore-unmanaged").out();
            assertEquals(false, md.contains("unmanaged") || md.contains("a-wiki"), md);
        }
    }

    @Test
    void unmanagedApplicationsAreSortedBySlug() {
        try (SimHarness h = SimHarness.incident()) {
            // Display names in the opposite order of the slugs.
            h.sim.state().addApplication(JsonNodeFactory.instance.objectNode().put("slug", "a-wiki").put("name", "Zed wiki"));
            h.sim.state().addApplication(JsonNodeFactory.instance.objectNode().put("slug", "z-grafana").put("name", "Alpha Grafana"));
            JsonNode plan = JsonMapper.builder().build().readTree(h.run("plan", "-c", "config", "--output", "json").out());
            List<String> apps = new ArrayList<>();
            plan.path("unmanaged").forEach(u -> {
                if (u.path("kind").asString().equals("Application") && List.of("a-wiki", "z-grafana").contains(u.path("name").asString())) {
                    apps.add(u.path("name").asString());
                }
            });
            assertEquals(List.of("a-wiki", "z-grafana"), apps);
            String text = h.run("plan", "-c", "config", "--no-color", "--show-unmanaged").out();
            assertEquals(true, text.indexOf("Application \"a-wiki\"") < text.indexOf("Application \"z-grafana\""), text);
        }
    }
}
