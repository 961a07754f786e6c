package dev.akconf.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.akconf.kinds.Kind;
import dev.akconf.kinds.ResourceKey;
import dev.akconf.plan.Action;
import dev.akconf.diff.FieldChange;
import dev.akconf.plan.ResourceChange;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The bodies apply sends: only what changed, plus what Authentik's validation needs. */
class WriteBodiesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static ObjectNode json(String s) {
        return (ObjectNode) JSON.readTree(s);
    }

    private static ResourceChange update(Kind kind, ObjectNode desired, String... paths) {
        List<FieldChange> changes = java.util.Arrays.stream(paths).map(p -> new FieldChange(p, null, null, false)).toList();
        return new ResourceChange(new ResourceKey(kind, "x"), Action.UPDATE, "1", changes, "sha256:x", desired, "f:1:1", Map.of());
    }

    @Test
    void proxyProviderPatchAlwaysCarriesMode() {
        ObjectNode desired = json("{\"name\": \"x\", \"access_token_validity\": \"hours=24\", \"external_host\": \"https://a\"}");
        ObjectNode live = json("{\"mode\": \"forward_domain\", \"internal_host\": \"\", \"access_token_validity\": \"hours=168\"}");
        JsonNode body = WriteBodies.patch(update(Kind.PROXY_PROVIDER, desired, "/access_token_validity"), desired, live);
        assertEquals(json("{\"access_token_validity\": \"hours=24\", \"mode\": \"forward_domain\"}"), body);
    }

    @Test
    void proxyModeAlsoCarriesInternalHost() {
        ObjectNode desired = json("{\"name\": \"x\", \"skip_path_regex\": \"^/health$\"}");
        ObjectNode live = json("{\"mode\": \"proxy\", \"internal_host\": \"http://app:8080\"}");
        JsonNode body = WriteBodies.patch(update(Kind.PROXY_PROVIDER, desired, "/skip_path_regex"), desired, live);
        assertEquals(json("{\"skip_path_regex\": \"^/health$\", \"mode\": \"proxy\", \"internal_host\": \"http://app:8080\"}"), body);
    }

    @Test
    void enablingBasicAuthCarriesBothAttributes() {
        ObjectNode desired = json("{\"basic_auth_enabled\": true, \"basic_auth_user_attribute\": \"u\"}");
        ObjectNode live = json("{\"mode\": \"forward_single\", \"basic_auth_user_attribute\": \"old\", \"basic_auth_password_attribute\": \"pw\"}");
        JsonNode body = WriteBodies.patch(update(Kind.PROXY_PROVIDER, desired, "/basic_auth_enabled"), desired, live);
        assertEquals(json("{\"basic_auth_enabled\": true, \"mode\": \"forward_single\", "
                + "\"basic_auth_user_attribute\": \"u\", \"basic_auth_password_attribute\": \"pw\"}"), body);
    }

    @Test
    void outpostConfigKeepsUndeclaredKeysAndReplacesThePatchesWhole() {
        ObjectNode desired = json("""
                {"name": "o", "config": {"log_level": "debug",
                  "kubernetes_json_patches": {"deployment": [{"op": "remove", "path": "/a"}]}}}""");
        ObjectNode live = json("""
                {"config": {"authentik_host": "https://auth.example.com", "log_level": "info",
                  "kubernetes_json_patches": {"service": [{"op": "remove", "path": "/b"}]}}}""");
        JsonNode body = WriteBodies.patch(update(Kind.OUTPOST, desired, "/config/log_level",
                "/config/kubernetes_json_patches/deployment"), desired, live);
        assertEquals(json("""
                {"config": {"authentik_host": "https://auth.example.com", "log_level": "debug",
                  "kubernetes_json_patches": {"deployment": [{"op": "remove", "path": "/a"}]}}}"""), body);
    }

    @Test
    void emptyOrNullPatchesAreWrittenAsDeclared() {
        ObjectNode live = json("""
                {"config": {"log_level": "info", "kubernetes_json_patches": {"service": [{"op": "remove", "path": "/b"}]}}}""");
        for (String declared : new String[] {"{}", "null"}) {
            ObjectNode desired = json("{\"name\": \"o\", \"config\": {\"kubernetes_json_patches\": " + declared + "}}");
            JsonNode body = WriteBodies.patch(update(Kind.OUTPOST, desired, "/config/kubernetes_json_patches/service"), desired, live);
            assertEquals(json("{\"config\": {\"log_level\": \"info\", \"kubernetes_json_patches\": " + declared + "}}"), body);
        }
    }

    @Test
    void bindingPatchCarriesTargetAndSubject() {
        ObjectNode desired = json("{\"target\": \"app-uuid\", \"group\": \"group-uuid\", \"order\": 5, \"enabled\": true}");
        JsonNode body = WriteBodies.patch(update(Kind.POLICY_BINDING, desired, "/order"), desired, json("{}"));
        assertEquals(json("{\"order\": 5, \"target\": \"app-uuid\", \"group\": \"group-uuid\"}"), body);
    }

    @Test
    void applicationPatchHasOnlyTheChangedFields() {
        ObjectNode desired = json("{\"slug\": \"app\", \"name\": \"App\", \"provider\": 4, \"group\": \"\"}");
        JsonNode body = WriteBodies.patch(update(Kind.APPLICATION, desired, "/provider"), desired, json("{}"));
        assertEquals(json("{\"provider\": 4}"), body);
    }
}
