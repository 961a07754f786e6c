package dev.akconf.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.config.ConfigLoader;
import dev.akconf.config.LoadedConfig;
import dev.akconf.diag.Diagnostics;
import dev.akconf.diff.FieldChange;
import dev.akconf.model.FieldRule;
import dev.akconf.kinds.Kind;
import dev.akconf.kinds.KindDefaults;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The comparison rules for fields a document leaves out, on the incident's live state: undeclared
 * means Authentik's default, with the exceptions model/KindDefaults lists, and akconf.io/ignore.
 */
class UndeclaredDefaultsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/plan/incident");
    private static final String PROVIDER = """
            kind: ProxyProvider
            name: Domain wide catch all
            %s
            spec:
              mode: forward_domain
              external_host: https://auth.example.com
              cookie_domain: example.com
              authorization_flow: default-provider-authorization-implicit-consent
              invalidation_flow: default-provider-invalidation-flow
              access_token_validity: hours=168
            """;
    private static final String OUTPOST = """
            kind: Outpost
            name: Catch-all proxy outpost
            %s
            spec:
              type: proxy
              providers: [Domain wide catch all]
            """;

    private static ObjectNode live() throws IOException {
        return (ObjectNode) JSON.readTree(FIXTURE.resolve("live.json").toFile());
    }

    private static ObjectNode first(ObjectNode live, String path) {
        return (ObjectNode) live.get(path).get(0);
    }

    private static Plan plan(String yaml, ObjectNode live) {
        LoadedConfig config = new ConfigLoader(Map.<String, String>of()::get).loadText("c.yaml", yaml);
        assertFalse(config.diagnostics().hasErrors(), () -> config.diagnostics().sorted().toString());
        Diagnostics diags = new Diagnostics();
        Plan plan = new Planner("test").plan(config.resources(), LiveFixture.of(live), Instant.EPOCH, diags);
        assertFalse(diags.hasErrors(), () -> diags.sorted().toString());
        return plan;
    }

    private static List<FieldChange> changes(String yaml, Consumer<ObjectNode> edit) throws IOException {
        ObjectNode live = live();
        edit.accept(live);
        return plan(yaml, live).changes().get(0).changes();
    }

    @Test
    void anUndeclaredFieldAwayFromItsDefaultIsAChangeBackToIt() throws IOException {
        List<FieldChange> c = changes(PROVIDER.formatted(""), l -> first(l, "/providers/proxy/")
                .put("skip_path_regex", "^/.*").put("certificate", "cert-uuid"));
        // In the API's field order.
        assertEquals(List.of("/certificate", "/skip_path_regex"), c.stream().map(FieldChange::path).toList());
        assertTrue(c.stream().allMatch(FieldChange::undeclared));
        assertTrue(c.get(0).after().isNull());
        assertEquals("", c.get(1).after().asString());
    }

    @Test
    void undeclaredValuesCompareWithTheDefaultAsDeclaredOnesDo() throws IOException {
        // days=30 is hours=720; DRF trims text; the five mappings Authentik adds are never a difference.
        assertEquals(List.of(), changes(PROVIDER.formatted(""), l -> first(l, "/providers/proxy/")
                .put("refresh_token_validity", "hours=720").put("skip_path_regex", "\n")));
        List<FieldChange> extra = changes(PROVIDER.formatted(""), l -> ((ArrayNode) first(l, "/providers/proxy/")
                .get("property_mappings")).add("9a1b0000-0000-4000-8000-000000000006"));
        assertEquals(1, extra.size(), extra::toString);
        assertEquals("/property_mappings", extra.get(0).path());
        assertEquals(0, extra.get(0).after().size(), "only the extra mapping goes: " + extra);
    }

    @Test
    void readOnlyAndServerComputedFieldsAreNeverCompared() throws IOException {
        assertEquals(List.of(), changes(PROVIDER.formatted(""), l -> first(l, "/providers/proxy/")
                .put("client_id", "other").put("assigned_application_slug", "x").putArray("redirect_uris")));
    }

    @Test
    void anOutpostsServiceConnectionManagedMarkerAndUndeclaredConfigKeysAreAuthentiks() throws IOException {
        List<FieldChange> c = changes(OUTPOST.formatted(""), l -> {
            ObjectNode o = first(l, "/outposts/instances/");
            o.put("service_connection", "another-connection").put("managed", "goauthentik.io/outposts/embedded");
            ((ObjectNode) o.get("config")).put("log_level", "trace").put("authentik_host", "https://other.example.com");
        });
        assertEquals(List.of(), c);
        for (String field : List.of("service_connection", "managed", "config")) {
            FieldRule rule = KindDefaults.rule(Kind.OUTPOST, field).orElseThrow();
            assertTrue(rule.expected() == null && rule.why() != null, field);
        }
    }

    @Test
    void objectsAkconfDoesNotManageAreLeftAlone() throws IOException {
        ObjectNode live = live();
        ObjectNode other = first(live, "/providers/proxy/").deepCopy().put("pk", 9).put("name", "made in the UI")
                .put("skip_path_regex", "^/.*");
        ((ArrayNode) live.get("/providers/proxy/")).add(other);
        Plan plan = plan(PROVIDER.formatted(""), live);
        assertEquals(Action.NO_OP, plan.changes().get(0).action());
        assertEquals(List.of("made in the UI"), plan.unmanaged().stream().map(Unmanaged::name).toList());
    }

    @Test
    void anIgnoredFieldIsListedNotCountedAndNotWritten() throws IOException {
        ObjectNode live = live();
        first(live, "/providers/proxy/").put("skip_path_regex", "^/.*").put("intercept_header_auth", false);
        Plan plan = plan(PROVIDER.formatted("""
                akconf.io/ignore:
                  - {field: skip_path_regex, reason: left to the UI}
                  - {field: cookie_domain, reason: declared for the create only}
                """.strip()), live);
        ResourceChange c = plan.changes().get(0);
        assertEquals(List.of("/intercept_header_auth"), c.changes().stream().map(FieldChange::path).toList());
        assertEquals(1, c.ignored().size());
        assertEquals("/skip_path_regex", c.ignored().get(0).change().path());
        assertEquals("left to the UI", c.ignored().get(0).reason());
        assertFalse(c.desired().has("skip_path_regex") || c.desired().has("cookie_domain"), c.desired()::toString);
        assertTrue(c.desired().path("intercept_header_auth").asBoolean(), "the default is what apply writes");
        assertEquals(1, PlanJson.toJson(plan, false).path("ignored_fields").size());
    }

    @Test
    void anIgnoredConfigKeyIsNotSentBackByItsDeclaredValue() throws IOException {
        ObjectNode live = live();
        ((ObjectNode) first(live, "/outposts/instances/").get("config")).put("log_level", "debug").put("kubernetes_replicas", 1);
        Plan plan = plan(OUTPOST.formatted("""
                akconf.io/ignore:
                  - {field: config.log_level, reason: raised while debugging}
                """.strip()) + "  config: {log_level: info, kubernetes_replicas: 2}\n", live);
        ResourceChange c = plan.changes().get(0);
        assertEquals(List.of("/config/kubernetes_replicas"), c.changes().stream().map(FieldChange::path).toList());
        assertEquals("/config/log_level", c.ignored().get(0).change().path());
        assertFalse(c.desired().path("config").has("log_level"), c.desired()::toString);
    }

    @Test
    void securityFieldsAreMarkedOnUpdatesAndCounted() throws IOException {
        ObjectNode live = live();
        first(live, "/providers/proxy/").put("skip_path_regex", "^/.*").put("cookie_domain", "other.example.com");
        Plan plan = plan(PROVIDER.formatted(""), live);
        ResourceChange c = plan.changes().get(0);
        assertEquals(2, c.changes().size());
        assertEquals(1, plan.securityChanges(), "cookie_domain is not security-relevant, skip_path_regex is");
        JsonNode json = PlanJson.toJson(plan, false);
        assertEquals(1, json.at("/summary/security").asInt());
        assertTrue(json.at("/resource_changes/0/changes/1/security").asBoolean(), json::toString);
    }

    @Test
    void everyTableCoversEveryWritableSpecFieldOnceAndCitesNoUnknownField() {
        for (Kind kind : Kind.values()) {
            List<String> fields = KindDefaults.specFields(kind, kind.spec().writable());
            List<String> ruled = KindDefaults.rules(kind).stream().map(FieldRule::field).filter(f -> !f.equals("managed")).toList();
            assertEquals(fields.stream().sorted().toList(), ruled.stream().sorted().toList(), kind::label);
            for (FieldRule r : KindDefaults.rules(kind)) {
                assertEquals(r.undeclared() == FieldRule.Undeclared.AUTHENTIK || r.undeclared() == FieldRule.Undeclared.PER_KEY,
                        r.why() != null, () -> kind + " " + r.field() + ": an exception says why, a default does not need to");
            }
        }
    }
}
