package dev.akconf.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.kinds.Kind;
import dev.akconf.model.Origin;
import dev.akconf.kinds.ResourceKey;
import dev.akconf.plan.Action;
import dev.akconf.diff.FieldChange;
import dev.akconf.plan.Plan;
import dev.akconf.plan.ResourceChange;
import dev.akconf.plan.Unmanaged;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

/** What counts as drift, and what an ignore rule takes out of it. */
class DriftAnalyzerTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ResourceKey PROVIDER = new ResourceKey(Kind.PROXY_PROVIDER, "p");
    private static final ResourceKey APP = new ResourceKey(Kind.APPLICATION, "a");
    private static final ResourceKey OUTPOST = new ResourceKey(Kind.OUTPOST, "o");

    private static FieldChange field(String path) {
        return new FieldChange(path, NODES.stringNode("live"), NODES.stringNode("declared"), false);
    }

    private static Plan plan() {
        return new Plan("test", "https://ak/api/v3", "2026.2.2", Instant.EPOCH, List.of(
                new ResourceChange(PROVIDER, Action.UPDATE, "1", List.of(field("/access_token_validity"), field("/cookie_domain")),
                        "sha256:x", NODES.objectNode(), "p.yaml:1:1", Map.of()),
                new ResourceChange(APP, Action.CREATE, null, List.of(field("/name")), null, NODES.objectNode(), "a.yaml:1:1", Map.of()),
                new ResourceChange(OUTPOST, Action.UPDATE, "u", List.of(field("/config/kubernetes_json_patches/deployment"),
                        field("/config/log_level")), "sha256:y", NODES.objectNode(), "o.yaml:1:1", Map.of())),
                List.of(new Unmanaged(Kind.PROXY_PROVIDER, "ui", "7")));
    }

    private static IgnoreRule rule(ResourceKey key, String path) {
        return new IgnoreRule(key.kind(), key.identity(), path, "because", new Origin("ignore.yaml", 1, 3));
    }

    @Test
    void everyDifferenceIsDriftWithoutRules() {
        DriftReport r = DriftAnalyzer.analyze(plan(), List.of(), false);
        assertTrue(r.hasDrift());
        assertEquals(3, r.drifted().size());
        assertEquals(1, r.count(Kind.APPLICATION, Action.CREATE));
        assertEquals(1, r.unmanaged(Kind.PROXY_PROVIDER));
        assertTrue(r.ignored().isEmpty());
    }

    @Test
    void fieldRulesTakeOutTheirFieldsAndEverythingBelow() {
        DriftReport r = DriftAnalyzer.analyze(plan(), List.of(rule(PROVIDER, "/access_token_validity"),
                rule(OUTPOST, "/config")), false);
        ResourceChange provider = r.plan().changes().get(0);
        assertEquals(Action.UPDATE, provider.action());
        assertEquals(List.of("/cookie_domain"), provider.changes().stream().map(FieldChange::path).toList());
        assertEquals(Action.NO_OP, r.plan().changes().get(2).action(), "every outpost difference was under /config");
        assertEquals(3, r.ignored().size());
        assertEquals(2, r.ignored(Kind.OUTPOST));
        assertTrue(r.unusedRules().isEmpty());
    }

    @Test
    void aFieldRuleDoesNotExcuseAMissingObject() {
        DriftReport r = DriftAnalyzer.analyze(plan(), List.of(rule(APP, "/name")), false);
        assertEquals(Action.CREATE, r.plan().changes().get(1).action());
        assertEquals(1, r.unusedRules().size());
    }

    @Test
    void wholeResourceRulesCoverAnyActionAndUnmanagedObjects() {
        DriftReport r = DriftAnalyzer.analyze(plan(), List.of(rule(PROVIDER, null), rule(APP, null), rule(OUTPOST, null),
                rule(new ResourceKey(Kind.PROXY_PROVIDER, "ui"), null)), false);
        assertFalse(r.hasDrift());
        assertTrue(r.plan().unmanaged().isEmpty());
        assertEquals(List.of("update", "update", "create", "update", "update", "unmanaged"),
                r.ignored().stream().map(IgnoredItem::what).toList());
        assertEquals(3, r.plan().changes().size(), "every managed resource is still reported");
    }

    @Test
    void unmanagedObjectsCountUnlessIgnored() {
        Plan onlyUnmanaged = new Plan("t", "u", "v", Instant.EPOCH, List.of(), List.of(new Unmanaged(Kind.OUTPOST, "x", "1")));
        assertTrue(DriftAnalyzer.analyze(onlyUnmanaged, List.of(), false).hasDrift());
        DriftReport ignoring = DriftAnalyzer.analyze(onlyUnmanaged, List.of(), true);
        assertFalse(ignoring.hasDrift());
        assertEquals(1, ignoring.plan().unmanaged().size(), "still listed");
    }
}
