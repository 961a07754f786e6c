package dev.akconf.sim;

import static dev.akconf.sim.Http.j;
import static dev.akconf.sim.OpenApiContract.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** OutpostSerializer's validation, the embedded outpost and the config dict (authentik-api.md §4.2, §4.3, §6.2). */
class OutpostRulesTest extends SimTestBase {

    /** The incident's standalone "Catch-all proxy outpost". */
    private static final String STANDALONE = "7a4e9c21-3b5d-4f6a-8e1c-2d9b0a7f6e51";
    private static final String EMBEDDED_PATH = "/outposts/instances/" + EMBEDDED + "/";

    @Override
    SimState seed() {
        // An LDAP provider, as /providers/all/ would list it, for the provider-type check.
        return SimState.fromFixture(withLdapProvider(SimState.incident().toFixture()));
    }

    private static tools.jackson.databind.node.ObjectNode withLdapProvider(tools.jackson.databind.node.ObjectNode f) {
        f.withArrayProperty("/providers/all/").addObject().put("pk", 7).put("name", "directory")
                .putNull("authentication_flow").put("authorization_flow", IMPLICIT_FLOW)
                .put("invalidation_flow", INVALIDATION_FLOW).put("component", "ak-provider-ldap-form")
                .put("verbose_name", "LDAP Provider").put("verbose_name_plural", "LDAP Providers")
                .put("meta_model_name", "authentik_providers_ldap.ldapprovider").putArray("property_mappings");
        return f;
    }

    @Test
    void typeAndConfigAreRequiredOnPostAndPut() {
        Http.Resp r = http.post("/outposts/instances/", j("{'name': 'edge', 'providers': [1]}"));
        assertEquals("[\"This field is required.\"]", r.body().get("type").toString());
        assertEquals("[\"This field is required.\"]", r.body().get("config").toString());
        Http.Resp put = http.put(EMBEDDED_PATH, j("{'name': 'authentik Embedded Outpost', 'providers': [1], 'config': {}}"));
        assertError(put, 400, "type", "This field is required.");
        assertEquals(200, http.patch(EMBEDDED_PATH, valid("PatchedOutpostRequest", j("{'providers': [1]}"))).status());
    }

    @Test
    void theTypeIsAChoice() {
        assertError(http.patch(EMBEDDED_PATH, j("{'type': 'socks'}")), 400, "type", "\"socks\" is not a valid choice.");
    }

    @Test
    void providersMustMatchTheOutpostTypeInTheBody() {
        assertError(http.post("/outposts/instances/", j("{'name': 'edge', 'type': 'ldap', 'providers': [1], 'config': {}}")),
                400, "providers", "Outpost type ldap can't be used with ProxyProvider providers.");
        assertError(http.patch(EMBEDDED_PATH, j("{'type': 'proxy', 'providers': [1, 7]}")), 400, "providers",
                "Outpost type proxy can't be used with LDAPProvider providers.");
        // Without type in the body any provider passes (type_map[None] is Provider).
        Http.Resp r = http.patch(EMBEDDED_PATH, j("{'providers': [1, 7]}"));
        assertEquals(200, r.status());
        assertEquals("[1,7]", r.body().get("providers").toString());
        assertEquals("ak-provider-ldap-form", r.body().get("providers_obj").get(1).get("component").stringValue());
    }

    @Test
    void onlyTheEmbeddedOutpostMayHaveNoProviders() {
        assertError(http.post("/outposts/instances/", j("{'name': 'edge', 'type': 'proxy', 'providers': [], 'config': {}}")),
                400, "providers", "This list may not be empty.");
        assertError(http.post("/outposts/instances/", j("{'name': 'edge', 'type': 'proxy', 'providers': [], 'config': {}, "
                + "'managed': 'goauthentik.io/outposts/embedded-2'}")), 400, "providers", "This list may not be empty.");
        Http.Resp r = http.patch(EMBEDDED_PATH, valid("PatchedOutpostRequest", j("{'providers': []}")));
        assertEquals(200, r.status());
        assertEquals("[]", r.body().get("providers").toString());
        assertEquals("[\"Outpost Catch-all proxy outpost\"]", http.get("/providers/proxy/1/").body().get("outpost_set").toString());
        assertError(http.post("/outposts/instances/", j("{'name': 'edge', 'type': 'proxy', 'providers': [99], 'config': {}}")),
                400, "providers", "Invalid pk \"99\" - object does not exist.");
    }

    @Test
    void theEmbeddedOutpostKeepsItsName() {
        assertError(http.patch(EMBEDDED_PATH, j("{'name': 'renamed'}")), 400, "name",
                "Embedded outpost's name cannot be changed");
        assertEquals(200, http.patch(EMBEDDED_PATH, j("{'name': 'authentik Embedded Outpost'}")).status());
    }

    @Test
    void namesAreUnique() {
        Http.Resp created = http.post("/outposts/instances/", valid("OutpostRequest",
                j("{'name': 'edge', 'type': 'proxy', 'providers': [1], 'config': {}}")));
        assertEquals(201, created.status());
        assertError(http.post("/outposts/instances/", j("{'name': 'edge', 'type': 'proxy', 'providers': [1], 'config': {}}")),
                400, "name", "outpost with this name already exists.");
        assertError(http.patch(EMBEDDED_PATH, j("{'name': 'edge'}")), 400, "name", "outpost with this name already exists.");
    }

    @Test
    void configTypesAreCheckedLikeDacite() {
        assertError(http.patch(EMBEDDED_PATH, j("{'config': {'kubernetes_replicas': '2'}}")), 400, "config",
                "Failed to validate config: wrong value type for field \"kubernetes_replicas\" - should be \"int\" "
                        + "instead of value \"2\" of type \"str\"");
        assertError(http.patch(EMBEDDED_PATH, j("{'config': {'container_image': 5}}")), 400, "config",
                "Failed to validate config: wrong value type for field \"container_image\" - should be \"str | None\" "
                        + "instead of value \"5\" of type \"int\"");
        assertError(http.patch(EMBEDDED_PATH, j("{'config': {'kubernetes_ingress_annotations': {'a': 1}}}")), 400, "config",
                "Failed to validate config: wrong value type for field \"kubernetes_ingress_annotations\" - should be "
                        + "\"dict\" instead of value \"{'a': 1}\" of type \"dict\"");
        assertError(http.patch(EMBEDDED_PATH, j("{'config': {'kubernetes_json_patches': []}}")), 400, "config",
                "Failed to validate config: wrong value type for field \"kubernetes_json_patches\" - should be "
                        + "\"dict[str, list[dict[str, typing.Any]]] | None\" instead of value \"[]\" of type \"list\"");
        assertError(http.patch(EMBEDDED_PATH, j("{'config': {'authentik_host_insecure': 'yes'}}")), 400, "config",
                "Failed to validate config: wrong value type for field \"authentik_host_insecure\" - should be \"bool\" "
                        + "instead of value \"yes\" of type \"str\"");
        assertError(http.patch(EMBEDDED_PATH, j("{'config': {'refresh_interval': 'minutes=5;'}}")), 400, "config",
                "minutes=5; is not in the correct format of 'hours=3;minutes=1'.");
        assertError(http.patch(EMBEDDED_PATH, j("{'config': ['a']}")), 400, "config",
                "Value must be a dictionary, and not have any duplicate keys.");
        assertError(http.patch(EMBEDDED_PATH, j("{'config': null}")), 400, "config", "This field may not be null.");
    }

    @Test
    void configIsStoredVerbatimAndReplacedWholesale() {
        String body = j("{'config': {'authentik_host': 'https://ak.example.com', 'refresh_interval': 'hours=1', "
                + "'kubernetes_json_patches': {'deployment': [{'op': 'add', 'path': '/x', 'value': 1}]}, 'my_key': [1]}}");
        Http.Resp r = http.patch(EMBEDDED_PATH, valid("PatchedOutpostRequest", body));
        assertEquals(200, r.status());
        JsonNode config = r.body().get("config");
        assertEquals(4, config.size(), config::toString);
        assertEquals("[1]", config.get("my_key").toString());
        assertFalse(config.has("kubernetes_namespace"));
        assertEquals(3600, r.body().get("refresh_interval_s").intValue());
        Http.Resp next = http.patch(EMBEDDED_PATH, j("{'config': {'log_level': 'debug'}}"));
        assertEquals("{\"log_level\":\"debug\"}", next.body().get("config").toString());
        assertEquals(300, next.body().get("refresh_interval_s").intValue());
        // A write without config keeps it.
        assertEquals("{\"log_level\":\"debug\"}",
                http.patch(EMBEDDED_PATH, j("{'providers': [1]}")).body().get("config").toString());
    }

    @Test
    void readOnlyFieldsAreComputed() {
        String standalone = "/outposts/instances/" + STANDALONE + "/";
        JsonNode o = http.get(standalone).body();
        assertEquals("ak-outpost-" + STANDALONE + "-api", o.get("token_identifier").stringValue());
        assertEquals("Local Kubernetes Cluster", o.get("service_connection_obj").get("name").stringValue());
        assertEquals("Domain wide catch all", o.get("providers_obj").get(0).get("name").stringValue());
        assertEquals(300, o.get("refresh_interval_s").intValue());
        Http.Resp detached = http.patch(standalone, j("{'service_connection': null}"));
        assertTrue(detached.body().get("service_connection_obj").isNull());
        assertError(http.patch(standalone, j("{'service_connection': '" + IMPLICIT_FLOW + "'}")), 400,
                "service_connection", "Invalid pk \"" + IMPLICIT_FLOW + "\" - object does not exist.");
    }

    @Test
    void defaultSettingsUseTheRequestsHost() {
        JsonNode config = http.get("/outposts/instances/default_settings/").body().get("config");
        assertEquals(sim.url() + "/", config.get("authentik_host").stringValue());
        assertEquals(22, config.size());
        assertEquals("minutes=5", config.get("refresh_interval").stringValue());
        assertTrue(config.get("kubernetes_json_patches").isNull());
    }

    @Test
    void anInvalidTypeWithProvidersIsAServerError() {
        // validate_providers indexes type_map with the raw type: a KeyError, so Django answers 500.
        Http.Resp r = http.patch(EMBEDDED_PATH, j("{'type': 'socks', 'providers': [1]}"));
        assertEquals(500, r.status());
    }
}
