package dev.akconf.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.config.LoadedConfig;
import dev.akconf.diag.Diagnostics;
import dev.akconf.diff.FieldChange;
import dev.akconf.kinds.Kind;
import dev.akconf.kinds.ResourceKey;
import dev.akconf.plan.Action;
import dev.akconf.plan.Plan;
import dev.akconf.plan.ResourceChange;
import dev.akconf.plan.RuleFinding;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

/** The gate before any write: protected changes need --allow, and nothing applies a plan the gate did not approve. */
class GateTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ResourceKey WIKI = new ResourceKey(Kind.PROXY_PROVIDER, "wiki");

    /** What the pipeline told its command: only refusals matter here. */
    private final List<List<RuleFinding>> refused = new ArrayList<>();
    private final Pipeline pipeline = new Pipeline(name -> null, "test", new Events() {
        @Override
        public void loaded(LoadedConfig config) {
        }

        @Override
        public void server(String version, String target) {
        }

        @Override
        public void planned(Diagnostics diagnostics) {
        }

        @Override
        public void refused(List<RuleFinding> blocking) {
            refused.add(blocking);
        }
    });

    private static Plan plan(Set<String> allowedAtPlanTime) {
        ResourceChange change = new ResourceChange(WIKI, Action.UPDATE, "7",
                List.of(new FieldChange("/access_token_validity", NODES.stringNode("hours=1"), NODES.stringNode("days=30"), false)),
                "fp", NODES.objectNode(), "config/wiki.yaml:1:1", Map.of());
        return new Plan("test", "https://ak/api/v3", "2026.2.2", Instant.EPOCH, List.of(change), List.of())
                .withFindings(List.of(new RuleFinding("AK002", WIKI, "access_token_validity grows")), allowedAtPlanTime);
    }

    @Test
    void aProtectedChangeWithoutAllowIsRefusedAndReported() {
        Gate gate = pipeline.gate(plan(Set.of()), Set.of());
        assertTrue(gate.approved().isEmpty());
        assertEquals(List.of("AK002"), gate.blocking().stream().map(RuleFinding::rule).toList());
        assertEquals(List.of(gate.blocking()), refused, "the command's view is told why");
    }

    @Test
    void allowNowOrAtPlanTimeApprovesExactlyThatPlan() {
        Plan now = plan(Set.of());
        Gate allowedNow = pipeline.gate(now, Set.of("AK002"));
        assertSame(now, allowedNow.approved().orElseThrow().plan());
        Plan recorded = plan(Set.of("AK002"));
        assertSame(recorded, pipeline.gate(recorded, Set.of()).approved().orElseThrow().plan());
        assertTrue(refused.isEmpty(), "an approval is not reported as a refusal");
    }

    @Test
    void anotherRulesAllowanceDoesNotOpenTheGate() {
        assertFalse(pipeline.gate(plan(Set.of()), Set.of("AK001")).approved().isPresent());
    }

    @Test
    void onlyTheGateMakesAnApprovalAndApplyTakesNothingElse() {
        // No command can write around the gate: an Approved has no constructor outside Gate, and the
        // pipeline's only writing stage takes an Approved, never a bare Plan.
        assertTrue(Arrays.stream(Gate.Approved.class.getDeclaredConstructors()).allMatch(c -> Modifier.isPrivate(c.getModifiers())));
        List<Method> writers = Arrays.stream(Pipeline.class.getMethods())
                .filter(m -> m.getReturnType() == dev.akconf.apply.ApplyResult.class).toList();
        assertEquals(1, writers.size(), writers::toString);
        assertEquals(Gate.Approved.class, writers.get(0).getParameterTypes()[0]);
        assertFalse(Arrays.asList(writers.get(0).getParameterTypes()).contains(Plan.class));
    }
}
