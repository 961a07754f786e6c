package dev.akconf.sim;

import static dev.akconf.sim.Http.j;
import static dev.akconf.sim.OpenApiContract.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Non-managed scope mappings through their whole life: create, PATCH, PUT, DELETE, and what DELETE detaches. */
class ScopeMappingRulesTest extends SimTestBase {

    private static final String PATH = "/propertymappings/provider/scope/";

    private static List<String> mappings(JsonNode provider) {
        return provider.get("property_mappings").valueStream().map(JsonNode::stringValue).toList();
    }

    private String create(String name, String scope) {
        Http.Resp r = http.post(PATH, valid("ScopeMappingRequest",
                j("{'name': '" + name + "', 'scope_name': '" + scope + "', 'expression': 'return {}'}")));
        assertEquals(201, r.status(), r.body()::toString);
        return r.body().get("pk").stringValue();
    }

    @Test
    void createFillsTheConstantsAndNoManagedId() {
        Http.Resp r = http.post(PATH, valid("ScopeMappingRequest",
                j("{'name': 'groups', 'scope_name': 'groups', 'expression': 'return {\\'groups\\': []}'}")));
        JsonNode m = r.body();
        assertTrue(m.get("managed").isNull());
        assertEquals("", m.get("description").stringValue());
        assertEquals("ak-property-mapping-provider-scope-form", m.get("component").stringValue());
        assertEquals("authentik_providers_oauth2.scopemapping", m.get("meta_model_name").stringValue());
        assertEquals(m, http.get(PATH + m.get("pk").stringValue() + "/").body());
    }

    @Test
    void requiredFieldsAndUniqueNames() {
        Http.Resp r = http.post(PATH, j("{'name': 'x'}"));
        assertEquals("{\"expression\":[\"This field is required.\"],\"scope_name\":[\"This field is required.\"]}",
                r.body().toString());
        create("groups", "groups");
        assertError(http.post(PATH, j("{'name': 'groups', 'scope_name': 'g2', 'expression': 'return {}'}")), 400, "name",
                "Property Mapping with this name already exists.");
    }

    @Test
    void aScopeNameHasNoSpaces() {
        // no_space (authentik/providers/oauth2/api/scopes.py) runs on the stripped text.
        assertError(http.post(PATH, j("{'name': 'x', 'scope_name': 'my scope', 'expression': 'return {}'}")), 400,
                "scope_name", "Value must not contain spaces.");
        String pk = create("groups", "groups");
        assertError(http.patch(PATH + pk + "/", j("{'scope_name': 'a b'}")), 400, "scope_name",
                "Value must not contain spaces.");
        Http.Resp stripped = http.patch(PATH + pk + "/", valid("PatchedScopeMappingRequest", j("{'scope_name': ' teams '}")));
        assertEquals("teams", stripped.body().get("scope_name").stringValue());
    }

    @Test
    void patchAndPutChangeANonManagedMapping() {
        String pk = create("groups", "groups");
        Http.Resp patched = http.patch(PATH + pk + "/", valid("PatchedScopeMappingRequest",
                j("{'description': 'Your groups', 'expression': 'return {\\'groups\\': [1]}'}")));
        assertEquals(200, patched.status(), patched.body()::toString);
        assertEquals("Your groups", patched.body().get("description").stringValue());
        assertEquals("groups", patched.body().get("scope_name").stringValue());
        assertError(http.put(PATH + pk + "/", j("{'name': 'groups'}")), 400, "scope_name", "This field is required.");
        Http.Resp put = http.put(PATH + pk + "/", valid("ScopeMappingRequest",
                j("{'name': 'teams', 'scope_name': 'teams', 'expression': 'return {}'}")));
        assertEquals("teams", put.body().get("name").stringValue());
        // PUT does not clear what it does not send (description has no default in the serializer).
        assertEquals("Your groups", put.body().get("description").stringValue());
    }

    @Test
    void deletingAMappingDetachesItFromEveryProvider() {
        String pk = create("groups", "groups");
        Http.Resp attached = http.patch("/providers/proxy/1/",
                j("{'mode': 'forward_domain', 'property_mappings': ['" + pk + "']}"));
        assertTrue(mappings(attached.body()).contains(pk), attached.body()::toString);
        int other = createProvider("second");
        http.patch("/providers/proxy/" + other + "/", j("{'mode': 'forward_single', 'property_mappings': ['" + pk + "']}"));
        assertEquals(204, http.delete(PATH + pk + "/").status());
        assertFalse(mappings(http.get("/providers/proxy/1/").body()).contains(pk));
        assertFalse(mappings(http.get("/providers/proxy/" + other + "/").body()).contains(pk));
        assertFalse(mappings(http.get("/providers/all/" + other + "/").body()).contains(pk));
        assertEquals(5, mappings(http.get("/providers/proxy/1/").body()).size());
        assertDetail(http.get(PATH + pk + "/"), 404, "No ScopeMapping matches the given query.");
    }
}
