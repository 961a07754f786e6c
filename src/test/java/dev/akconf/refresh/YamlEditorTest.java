package dev.akconf.refresh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Golden files under src/test/resources/refresh: NAME.before.yaml edited must equal NAME.after.yaml byte for byte. */
class YamlEditorTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> PROVIDER_ORDER = dev.akconf.kinds.Kind.PROXY_PROVIDER.spec().writable();

    private static String read(String name) throws IOException {
        return Files.readString(Path.of("src/test/resources/refresh", name), StandardCharsets.UTF_8);
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    private static Edit.Set set(int doc, String pointer, String json) {
        return new Edit.Set(doc, pointer, json(json), PROVIDER_ORDER, pointer);
    }

    private static EditResult golden(String name, List<Edit> edits) throws IOException {
        EditResult result = YamlEditor.apply(name, read(name + ".before.yaml"), edits);
        assertEquals(read(name + ".after.yaml"), result.text());
        return result;
    }

    @Test
    void scalarsKeepTheirStyleSpacingAndComments() throws IOException {
        EditResult r = golden("scalars", List.of(
                set(0, "/spec/mode", "\"forward_domain\""),
                set(0, "/spec/external_host", "\"https://grafana.example.org\""),
                set(0, "/spec/internal_host", "\"http://grafana.svc:3001\\ttab\""),
                set(0, "/spec/access_token_validity", "\"hours=48\""),
                set(0, "/spec/skip_path_regex", "\"^/api/health$\\n^/metrics$\\n^/public/.*$\\n\""),
                set(0, "/spec/basic_auth_enabled", "true"),
                set(0, "/spec/cookie_domain", "\"example.org\"")));
        assertEquals(7, r.applied().size());
        assertTrue(r.refused().isEmpty(), r.refused()::toString);
    }

    @Test
    void documentsAreRemovedWithTheirSeparatorAndFieldsAddedInApiOrder() throws IOException {
        EditResult r = golden("documents", List.of(
                new Edit.RemoveDocument(1, "Application wiki"),
                set(2, "/spec/authorization_flow", "\"default-provider-authorization-explicit-consent\""),
                set(2, "/spec/invalidation_flow", "\"default-provider-invalidation-flow\"")));
        assertEquals(3, r.applied().size());
    }

    @Test
    void flowListsStayFlowAndBlockListsChangeOnlyTheirDriftedItems() throws IOException {
        golden("collections", List.of(
                set(0, "/spec/providers", "[\"Grafana\", \"Wiki, old\"]"),
                set(0, "/spec/config/kubernetes_json_patches/deployment",
                        "[{\"op\":\"add\",\"path\":\"/spec/template/spec/volumes\",\"value\":[{\"name\":\"dshm\",\"emptyDir\":{\"medium\":\"Memory\",\"sizeLimit\":\"1Gi\"}}]}]")));
    }

    @Test
    void crlfFilesGetCrlfLinesAndAListThatGrowsIsWrittenAsABlock() throws IOException {
        golden("crlf", List.of(
                new Edit.Set(0, "/spec/parents", json("[\"admins\", \"everyone\"]"), List.of(), "parents"),
                new Edit.Set(0, "/spec/attributes", json("{\"team\": \"ops\"}"),
                        dev.akconf.kinds.Kind.GROUP.spec().writable(), "attributes")));
    }

    @Test
    void valuesFromVariablesAndAnchorsAreLeftForAPerson() throws IOException {
        EditResult r = golden("shared", List.of(
                set(0, "/spec/external_host", "\"https://grafana.example.org\""),
                set(0, "/spec/internal_host", "\"http://grafana.svc:3001\""),
                set(0, "/spec/basic_auth_user_attribute", "\"uid\""),
                set(1, "/spec/mode", "\"forward_domain\"")));
        assertEquals(1, r.applied().size());
        assertEquals(3, r.refused().size());
        assertEquals("drifted, but its value comes from $GRAFANA_HOST", r.refused().get(0).reason());
        assertTrue(r.refused().get(1).reason().contains("&internal"), r.refused().get(1).reason());
        assertTrue(r.refused().get(2).reason().contains("alias"), r.refused().get(2).reason());
    }

    private static String edited(String text, Edit... edits) {
        EditResult r = YamlEditor.apply("t.yaml", text, List.of(edits));
        assertTrue(r.refused().isEmpty(), r.refused()::toString);
        return r.text();
    }

    @Test
    void anEmptyValueGetsItsValueAfterTheColon() {
        assertEquals("kind: ProxyProvider\nname: a\nspec:\n  cookie_domain: example.org\n  mode: proxy\n",
                edited("kind: ProxyProvider\nname: a\nspec:\n  cookie_domain:\n  mode: proxy\n",
                        set(0, "/spec/cookie_domain", "\"example.org\"")));
    }

    @Test
    void aFieldAddedBeforeTheFirstGoesAboveItsComment() {
        assertEquals("kind: Application\nslug: a\nspec:\n  name: A\n  # why\n  meta_launch_url: blank://blank\n",
                edited("kind: Application\nslug: a\nspec:\n  # why\n  meta_launch_url: blank://blank\n",
                        new Edit.Set(0, "/spec/name", json("\"A\""),
                                dev.akconf.kinds.Kind.APPLICATION.spec().writable(), "name")));
    }

    @Test
    void anEmptyFlowSpecBecomesABlockAndAMissingSpecIsAdded() {
        assertEquals("kind: Group\nname: g\nspec:\n  is_superuser: true\n",
                edited("kind: Group\nname: g\nspec: {}\n", new Edit.Set(0, "/spec/is_superuser", json("true"), List.of(), "x")));
        assertEquals("kind: Group\nname: g\nspec:\n  is_superuser: true\n",
                edited("kind: Group\nname: g\n", new Edit.Set(0, "/spec/is_superuser", json("true"), List.of(), "x")));
    }

    @Test
    void theFirstDocumentGoesWithItsCommentsAndTheNextSeparatorTheSchemaLineStays() {
        assertEquals("# yaml-language-server: $schema=x\n# b\nkind: Group\nname: b\n",
                edited("# yaml-language-server: $schema=x\n# a\nkind: Group\nname: a\n---\n# b\nkind: Group\nname: b\n",
                        new Edit.RemoveDocument(0, "a")));
    }

    @Test
    void textABlockCannotHoldVerbatimIsDoubleQuoted() {
        assertEquals("kind: ProxyProvider\nname: a\nspec:\n  skip_path_regex: \"^/a\\u202e$\"\n",
                edited("kind: ProxyProvider\nname: a\nspec:\n  skip_path_regex: |\n    ^/b$\n",
                        set(0, "/spec/skip_path_regex", "\"^/a\\u202e$\"")));
    }
}
