package dev.akconf.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.authentik.AuthentikClient;
import dev.akconf.authentik.ClientSettings;
import dev.akconf.config.ConfigLoader;
import dev.akconf.config.LoadedConfig;
import dev.akconf.diag.Diagnostics;
import dev.akconf.live.LiveReader;
import dev.akconf.live.LiveState;
import dev.akconf.kinds.Kind;
import dev.akconf.plan.Action;
import dev.akconf.plan.Plan;
import dev.akconf.plan.Planner;
import dev.akconf.testing.FakeAuthentik;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Import, then plan against the same Authentik: no change, whatever the state (the incident's, with
 * the guardrails that reject it out of the way, and a richer one with non-default values).
 */
class RoundTripTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Plan roundTrip(FakeAuthentik authentik, boolean full, List<String> warnings) {
        ClientSettings settings = ClientSettings.of(authentik.url(), FakeAuthentik.TOKEN, "test");
        try (AuthentikClient client = new AuthentikClient(settings)) {
            Consumer<String> warn = warnings::add;
            LiveState live = new ImportReader(client, warn).read(EnumSet.allOf(Kind.class), null);
            List<ImportedDocument> docs = new Importer(live, ImportOptions.of(full), warn).documents();
            String yaml = new DocumentWriter(SchemaLocation.DEFAULT, List.of("test")).file(docs);
            LoadedConfig loaded = new ConfigLoader(Map.<String, String>of()::get).loadText("imported.yaml", yaml);
            assertFalse(loaded.diagnostics().hasErrors(), () -> loaded.diagnostics().sorted() + "\n" + yaml);
            assertEquals(docs.size(), loaded.resources().size());
            Diagnostics diags = new Diagnostics();
            Plan plan = new Planner("test").plan(loaded.resources(), new LiveReader(client).read(loaded.resources()), Instant.now(), diags);
            assertFalse(diags.hasErrors(), () -> diags.sorted().toString());
            return plan;
        }
    }

    private static void assertNoChange(Plan plan) {
        assertTrue(plan.changes().stream().allMatch(c -> c.action() == Action.NO_OP), () -> plan.changes().toString());
        assertTrue(plan.unmanaged().isEmpty(), () -> plan.unmanaged().toString());
    }

    @Test
    void incidentStatePlansAsNoChange() {
        try (FakeAuthentik authentik = FakeAuthentik.start("incident")) {
            List<String> warnings = new ArrayList<>();
            assertNoChange(roundTrip(authentik, false, warnings));
            assertNoChange(roundTrip(authentik, true, warnings));
        }
    }

    @Test
    void nonDefaultValuesPlanAsNoChange() {
        try (FakeAuthentik authentik = FakeAuthentik.start("incident")) {
            ObjectNode provider = authentik.object("/providers/proxy/", "name", "Domain wide catch all");
            provider.put("mode", "proxy").put("internal_host", "http://app:8080").put("internal_host_ssl_validation", false)
                    .put("skip_path_regex", "^/health$\n^/api/.*").put("basic_auth_enabled", true)
                    .put("basic_auth_user_attribute", "user").put("basic_auth_password_attribute", "pass")
                    .put("intercept_header_auth", false).put("cookie_domain", "").put("access_token_validity", "hours=24;minutes=30")
                    .put("refresh_token_validity", "hours=1; minutes=5").put("authentication_flow", "6d0e1c7a-1d2b-4c39-9a77-2f1f7f1e0a01");
            ((ArrayNode) provider.get("property_mappings")).remove(4);
            ObjectNode app = authentik.object("/core/applications/", "slug", "domain-wide-catch-all");
            app.put("meta_description", "Line one\nline two\n").put("policy_engine_mode", "all").put("group", "yes")
                    .put("meta_publisher", "0x1F").put("open_in_new_tab", true);
            ObjectNode config = (ObjectNode) authentik.object("/outposts/instances/", "name", "authentik Embedded Outpost").get("config");
            config.put("refresh_interval", "seconds=300").put("kubernetes_replicas", 2).put("log_level", "debug")
                    .put("kubernetes_replica", 3)
                    .set("kubernetes_json_patches", JSON.readTree("{\"deployment\": [{\"op\": \"add\", \"path\": \"/spec/x\","
                            + " \"value\": {\"a\": [1, \"two\", null, true]}}], \"servicemonitor\": []}"));
            config.set("kubernetes_ingress_annotations", JSON.readTree("{\"a.io/b\": \"${X} and $${Y} and $\", \"c\": \"1\"}"));
            List<String> warnings = new ArrayList<>();
            Plan plan = roundTrip(authentik, false, warnings);
            assertTrue(warnings.toString().contains("kubernetes_json_patches.servicemonitor, kubernetes_replica"), warnings::toString);
            // kubernetes_json_patches is one value: the unknown component left out of the file is a
            // difference (apply would drop it; Authentik has no "servicemonitor" reconciler). Nothing else is.
            List<String> changed = plan.changes().stream().flatMap(c -> c.changes().stream().map(f -> c.key() + f.path())).toList();
            assertEquals(List.of("Outpost \"authentik Embedded Outpost\"/config/kubernetes_json_patches/servicemonitor"), changed);
            assertTrue(plan.unmanaged().isEmpty(), () -> plan.unmanaged().toString());
        }
    }
}
