package dev.akconf.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.config.ConfigLoader;
import dev.akconf.config.LoadedConfig;
import dev.akconf.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A document with {@code state: absent} is only looked for: its references to objects that no
 * longer exist are no error. A binding to a deleted group cannot exist, so it is nothing to delete;
 * a present one with the same reference is still an error.
 */
class AbsentReferencesPlanTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BINDING = """
            kind: PolicyBinding
            state: %s
            target:
              application: domain-wide-catch-all
            group: %s
            spec:
              order: 10
            """;

    private static ObjectNode live() throws IOException {
        ObjectNode live = (ObjectNode) JSON.readTree(Path.of("src/test/resources/fixtures/plan/incident/live.json").toFile());
        ((ArrayNode) live.get("/core/groups/")).addObject().put("pk", "g-1").put("name", "staff");
        ((ArrayNode) live.get("/policies/bindings/")).addObject().put("pk", "b-1")
                .put("target", "b3c7a3f0-5a4e-4f0e-9a53-0d1c2e3f4a01").put("group", "g-1").putNull("user").putNull("policy")
                .put("order", 10).put("enabled", true).put("negate", false).put("timeout", 30).put("failure_result", false);
        return live;
    }

    private static Plan plan(String yaml, Diagnostics diags) throws IOException {
        LoadedConfig config = new ConfigLoader(Map.<String, String>of()::get).loadText("c.yaml", yaml);
        assertFalse(config.diagnostics().hasErrors(), () -> config.diagnostics().sorted().toString());
        return new Planner("test").plan(config.resources(), LiveFixture.of(live()), Instant.EPOCH, diags);
    }

    @Test
    void anAbsentBindingToADeletedGroupIsNothingToDelete() throws IOException {
        Diagnostics diags = new Diagnostics();
        Plan plan = plan(BINDING.formatted("absent", "gone"), diags);
        assertEquals(List.of(), diags.sorted());
        assertEquals(List.of(Action.NO_OP), plan.changes().stream().map(ResourceChange::action).toList());
    }

    @Test
    void aPresentBindingToADeletedGroupIsStillAnError() throws IOException {
        Diagnostics diags = new Diagnostics();
        plan(BINDING.formatted("present", "gone"), diags);
        assertTrue(diags.hasErrors());
        assertTrue(diags.sorted().get(0).toString().startsWith("c.yaml:5:"), diags.sorted().toString());
    }

    @Test
    void anAbsentBindingToAnExistingGroupIsStillFoundAndDeleted() throws IOException {
        Diagnostics diags = new Diagnostics();
        Plan plan = plan(BINDING.formatted("absent", "staff"), diags);
        assertEquals(List.of(), diags.sorted());
        assertEquals(List.of(Action.DELETE), plan.changes().stream().map(ResourceChange::action).toList());
        assertEquals("b-1", plan.changes().get(0).id());
    }
}
