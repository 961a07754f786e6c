package dev.akconf.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.config.ConfigLoader;
import dev.akconf.config.LoadedConfig;
import dev.akconf.diag.Diagnostics;
import dev.akconf.diff.FieldChange;
import dev.akconf.kinds.Kind;
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
 * What the planner asks the kinds' adapters, on the incident's live state: plan-time problems,
 * the unmanaged filter, and a keyed field compared per key with the server's defaults.
 */
class AdapterHooksPlanTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/plan/incident");

    private static ObjectNode live() throws IOException {
        return (ObjectNode) JSON.readTree(FIXTURE.resolve("live.json").toFile());
    }

    private static Plan plan(String yaml, ObjectNode live, Diagnostics diags) {
        LoadedConfig config = new ConfigLoader(Map.<String, String>of()::get).loadText("c.yaml", yaml);
        assertFalse(config.diagnostics().hasErrors(), () -> config.diagnostics().sorted().toString());
        return new Planner("test").plan(config.resources(), LiveFixture.of(live), Instant.EPOCH, diags);
    }

    @Test
    void declaringOneOfAuthentiksOwnScopeMappingsIsAnErrorAtItsName() throws IOException {
        Diagnostics diags = new Diagnostics();
        plan("""
                kind: ScopeMapping
                name: "authentik default OAuth Mapping: Proxy outpost"
                spec:
                  scope_name: ak_proxy
                  expression: return {}
                """, live(), diags);
        assertEquals(1, diags.sorted().size(), diags.sorted().toString());
        assertTrue(diags.sorted().get(0).toString().startsWith("c.yaml:2:"), diags.sorted().toString());
        assertTrue(diags.sorted().get(0).message().contains("is Authentik's own (managed: goauthentik.io/providers/proxy/scope-proxy)"));
    }

    @Test
    void aMissingEmbeddedOutpostIsNeverCreated() throws IOException {
        ObjectNode live = live();
        ArrayNode outposts = (ArrayNode) live.get("/outposts/instances/");
        outposts.remove(1);
        Diagnostics diags = new Diagnostics();
        plan("""
                kind: Outpost
                name: authentik Embedded Outpost
                spec:
                  type: proxy
                  providers: [Domain wide catch all]
                """, live, diags);
        assertEquals(1, diags.sorted().size(), diags.sorted().toString());
        assertTrue(diags.sorted().get(0).message().startsWith("the embedded outpost does not exist in Authentik"));
    }

    @Test
    void authentiksOwnScopeMappingsAreNeverUnmanaged() throws IOException {
        ObjectNode live = live();
        ((ArrayNode) live.get("/propertymappings/provider/scope/")).addObject().put("pk", "m-9").put("name", "someone's");
        Diagnostics diags = new Diagnostics();
        Plan plan = plan("""
                kind: ScopeMapping
                name: mine
                spec:
                  scope_name: mine
                  expression: return {}
                """, live, diags);
        assertFalse(diags.hasErrors(), () -> diags.sorted().toString());
        assertEquals(List.of(new Unmanaged(Kind.SCOPE_MAPPING, "someone's", "m-9")), plan.unmanaged());
    }

    @Test
    void outpostConfigKeysCompareWithTheServerDefaultsAndDurationsByLength() throws IOException {
        String outpost = """
                kind: Outpost
                name: Catch-all proxy outpost
                spec:
                  type: proxy
                  providers: [Domain wide catch all]
                  config:
                    refresh_interval: %s
                """;
        Diagnostics diags = new Diagnostics();
        // Not stored: the default_settings value (minutes=5) is what Authentik reads.
        ObjectNode live = live();
        ((ObjectNode) live.get("/outposts/instances/").get(0).get("config")).remove("refresh_interval");
        assertEquals(List.of(), plan(outpost.formatted("seconds=300"), live, diags).changes().get(0).changes());
        List<FieldChange> changed = plan(outpost.formatted("minutes=6"), live, diags).changes().get(0).changes();
        assertEquals(List.of("/config/refresh_interval"), changed.stream().map(FieldChange::path).toList());
        assertFalse(diags.hasErrors(), () -> diags.sorted().toString());
    }
}
