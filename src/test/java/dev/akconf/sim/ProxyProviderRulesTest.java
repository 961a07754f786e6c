package dev.akconf.sim;

import static dev.akconf.sim.Http.j;
import static dev.akconf.sim.OpenApiContract.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** ProxyProviderSerializer's validation, defaults and quirks (authentik-api.md §4.1). */
class ProxyProviderRulesTest extends SimTestBase {

    @Test
    void createRequiresTheRequestModelsRequiredFields() {
        Http.Resp r = http.post("/providers/proxy/", "{}");
        assertEquals(400, r.status());
        for (String f : new String[] {"name", "authorization_flow", "invalidation_flow", "external_host"}) {
            assertEquals("[\"This field is required.\"]", r.body().get(f).toString(), f);
        }
    }

    @Test
    void createFillsTheModelDefaults() {
        Http.Resp r = http.post("/providers/proxy/", valid("ProxyProviderRequest", provider("grafana")));
        assertEquals(201, r.status());
        JsonNode p = r.body();
        assertEquals(2, p.get("pk").intValue());
        assertEquals("hours=1", p.get("access_token_validity").stringValue());
        assertEquals("days=30", p.get("refresh_token_validity").stringValue());
        assertTrue(p.get("internal_host_ssl_validation").booleanValue());
        assertTrue(p.get("intercept_header_auth").booleanValue());
        assertEquals("", p.get("internal_host").stringValue());
        assertEquals(40, p.get("client_id").stringValue().length());
        assertEquals("[]", p.get("outpost_set").toString());
        assertTrue(p.get("assigned_application_slug").isNull());
        assertEquals("https://grafana.example.com/outpost.goauthentik.io/callback?X-authentik-auth-callback=true",
                p.get("redirect_uris").get(0).get("url").stringValue());
        assertEquals("https://grafana.example.com?X-authentik-auth-callback=true",
                p.get("redirect_uris").get(1).get("url").stringValue());
    }

    @Test
    void modeProxyNeedsAnInternalHost() {
        String body = j("{'name': 'app', 'authorization_flow': '" + IMPLICIT_FLOW + "', 'invalidation_flow': '"
                + INVALIDATION_FLOW + "', 'external_host': 'https://app.example.com'}");
        assertError(http.post("/providers/proxy/", body), 400, "internal_host",
                "Internal host cannot be empty when forward auth is disabled.");
        String withHost = body.replace("}", ", \"internal_host\": \"http://app:8080\"}");
        assertEquals(201, http.post("/providers/proxy/", valid("ProxyProviderRequest", withHost)).status());
    }

    @Test
    void patchWithoutModeIsValidatedAsModeProxy() {
        // Provider 1 is forward_domain, yet a PATCH that omits mode is checked as mode proxy.
        assertError(http.patch("/providers/proxy/1/", j("{'cookie_domain': 'example.org'}")), 400, "internal_host",
                "Internal host cannot be empty when forward auth is disabled.");
        assertError(http.patch("/providers/proxy/1/", "{}"), 400, "internal_host",
                "Internal host cannot be empty when forward auth is disabled.");
        assertEquals("example.com", sim.state().get("/providers/proxy/", 1).orElseThrow().get("cookie_domain").stringValue());

        Http.Resp withMode = http.patch("/providers/proxy/1/",
                valid("PatchedProxyProviderRequest", j("{'mode': 'forward_domain', 'cookie_domain': 'example.org'}")));
        assertEquals(200, withMode.status());
        assertEquals("example.org", withMode.body().get("cookie_domain").stringValue());

        Http.Resp withHost = http.patch("/providers/proxy/1/",
                valid("PatchedProxyProviderRequest", j("{'internal_host': 'http://x:1', 'cookie_domain': 'a.org'}")));
        assertEquals(200, withHost.status());
        assertEquals("forward_domain", withHost.body().get("mode").stringValue());
    }

    @Test
    void putWithoutModeIsAlsoCheckedAsProxy() {
        String full = provider("Domain wide catch all").replace(", \"mode\": \"forward_single\"", "");
        assertError(http.put("/providers/proxy/1/", full), 400, "internal_host",
                "Internal host cannot be empty when forward auth is disabled.");
        assertEquals(200, http.put("/providers/proxy/1/", valid("ProxyProviderRequest",
                provider("Domain wide catch all"))).status());
    }

    @Test
    void basicAuthNeedsBothAttributesInTheSameBody() {
        String msg = "User and password attributes must be set when basic auth is enabled.";
        assertError(http.patch("/providers/proxy/1/", j("{'mode': 'forward_domain', 'basic_auth_enabled': true}")),
                400, "basic_auth_enabled", msg);
        assertError(http.patch("/providers/proxy/1/", j("{'mode': 'forward_domain', 'basic_auth_enabled': true, "
                + "'basic_auth_user_attribute': 'user'}")), 400, "basic_auth_enabled", msg);
        assertError(http.patch("/providers/proxy/1/", j("{'mode': 'forward_domain', 'basic_auth_enabled': true, "
                + "'basic_auth_user_attribute': 'user', 'basic_auth_password_attribute': ''}")), 400,
                "basic_auth_enabled", msg);
        Http.Resp ok = http.patch("/providers/proxy/1/", valid("PatchedProxyProviderRequest", j("{'mode': 'forward_domain', "
                + "'basic_auth_enabled': true, 'basic_auth_user_attribute': 'u', 'basic_auth_password_attribute': 'p'}")));
        assertEquals(200, ok.status());
        // Attributes stored earlier do not count: the check reads the request body only.
        assertError(http.patch("/providers/proxy/1/", j("{'mode': 'forward_domain', 'basic_auth_enabled': true}")),
                400, "basic_auth_enabled", msg);
        assertEquals(200, http.patch("/providers/proxy/1/", j("{'mode': 'forward_domain', 'basic_auth_enabled': false}"))
                .status());
    }

    @Test
    void modeMustBeAChoice() {
        assertError(http.patch("/providers/proxy/1/", j("{'mode': 'foo'}")), 400, "mode", "\"foo\" is not a valid choice.");
        assertError(http.patch("/providers/proxy/1/", j("{'mode': ''}")), 400, "mode", "\"\" is not a valid choice.");
    }

    @Test
    void durationsFollowAuthentiksGrammar() {
        assertError(http.patch("/providers/proxy/1/", j("{'mode': 'forward_domain', 'access_token_validity': 'hours=1;'}")),
                400, "access_token_validity", "hours=1; is not in the correct format of 'hours=3;minutes=1'.");
        assertError(http.patch("/providers/proxy/1/", j("{'mode': 'forward_domain', 'refresh_token_validity': 'months=1'}")),
                400, "refresh_token_validity", "months=1 is not in the correct format of 'hours=3;minutes=1'.");
        assertError(http.patch("/providers/proxy/1/", j("{'mode': 'forward_domain', 'access_token_validity': ''}")),
                400, "access_token_validity", "This field may not be blank.");
        // Valid, though surprising: unknown units and " minutes" are ignored, decimals are fine.
        Http.Resp ok = http.patch("/providers/proxy/1/", j("{'mode': 'forward_domain', "
                + "'access_token_validity': 'hours=1; minutes=30', 'refresh_token_validity': ' days=1.5 '}"));
        assertEquals(200, ok.status(), ok.body()::toString);
        assertEquals("hours=1; minutes=30", ok.body().get("access_token_validity").stringValue());
        // DRF's CharField strips surrounding whitespace before storing.
        assertEquals("days=1.5", ok.body().get("refresh_token_validity").stringValue());
        // A known unit beside an unknown one is enough; the last of a repeated unit wins (authentik/lib/utils/time.py).
        assertEquals(200, http.patch("/providers/proxy/1/", j("{'mode': 'forward_domain', "
                + "'access_token_validity': 'foo=1;hours=2;hours=3'}")).status());
        assertError(http.patch("/providers/proxy/1/", j("{'mode': 'forward_domain', 'access_token_validity': 'hours=nan'}")),
                400, "access_token_validity", "hours=nan is not in the correct format of 'hours=3;minutes=1'.");
        // An OverflowError escapes the validator, which catches only ValueError: Authentik answers 500.
        assertEquals(500, http.patch("/providers/proxy/1/", j("{'mode': 'forward_domain', "
                + "'access_token_validity': 'days=1000000000'}")).status());
        assertEquals(500, http.patch("/providers/proxy/1/", j("{'mode': 'forward_domain', "
                + "'access_token_validity': 'hours=inf'}")).status());
    }

    @Test
    void namesAreUniqueAcrossProviders() {
        createProvider("grafana");
        assertError(http.post("/providers/proxy/", provider("grafana")), 400, "name", "provider with this name already exists.");
        assertError(http.patch("/providers/proxy/1/", j("{'mode': 'forward_domain', 'name': 'grafana'}")), 400, "name",
                "provider with this name already exists.");
        assertEquals(200, http.patch("/providers/proxy/1/",
                j("{'mode': 'forward_domain', 'name': 'Domain wide catch all'}")).status());
    }

    @Test
    void unknownReferencesAreInvalidPks() {
        String missing = "00000000-0000-4000-8000-000000000099";
        assertError(http.patch("/providers/proxy/1/", j("{'mode': 'forward_domain', 'authorization_flow': '" + missing + "'}")),
                400, "authorization_flow", "Invalid pk \"" + missing + "\" - object does not exist.");
        assertError(http.patch("/providers/proxy/1/", j("{'mode': 'forward_domain', 'property_mappings': ['" + OPENID
                + "', '" + missing + "']}")), 400, "property_mappings", "Invalid pk \"" + missing + "\" - object does not exist.");
        assertError(http.patch("/providers/proxy/1/", j("{'mode': 'forward_domain', 'certificate': '" + missing + "'}")),
                400, "certificate", "Invalid pk \"" + missing + "\" - object does not exist.");
        assertError(http.patch("/providers/proxy/1/", j("{'mode': 'forward_domain', 'certificate': 'nope'}")),
                400, "certificate", "\u201cnope\u201d is not a valid UUID.");
        assertError(http.patch("/providers/proxy/1/", j("{'mode': 'forward_domain', 'authorization_flow': null}")),
                400, "authorization_flow", "This field may not be null.");
        assertError(http.patch("/providers/proxy/1/", j("{'mode': 'forward_domain', 'property_mappings': 'x'}")),
                400, "property_mappings", "Expected a list of items but got type \"str\".");
        Http.Resp ok = http.patch("/providers/proxy/1/", j("{'mode': 'forward_domain', 'certificate': '"
                + CERTIFICATE.toUpperCase() + "', 'authentication_flow': null}"));
        assertEquals(200, ok.status());
        assertEquals(CERTIFICATE, ok.body().get("certificate").stringValue());
    }

    @Test
    void urlsAreValidatedLikeDomainlessUrlValidator() {
        assertError(http.patch("/providers/proxy/1/", j("{'mode': 'forward_domain', 'external_host': 'ftp://x'}")),
                400, "external_host", "Enter a valid URL.");
        assertError(http.patch("/providers/proxy/1/", j("{'internal_host': 'not a url'}")), 400, "internal_host",
                "Enter a valid URL.");
        assertEquals(200, http.patch("/providers/proxy/1/",
                j("{'internal_host': 'http://backend:8080', 'mode': 'proxy'}")).status());
    }

    @Test
    void wrongTypesGetDrfMessages() {
        assertError(http.patch("/providers/proxy/1/", j("{'mode': 'forward_domain', 'internal_host_ssl_validation': 'maybe'}")),
                400, "internal_host_ssl_validation", "Must be a valid boolean.");
        assertError(http.patch("/providers/proxy/1/", j("{'mode': 'forward_domain', 'cookie_domain': ['a']}")),
                400, "cookie_domain", "Not a valid string.");
        assertError(http.patch("/providers/proxy/1/", j("{'mode': 'forward_domain', 'jwt_federation_providers': ['a']}")),
                400, "jwt_federation_providers", "Incorrect type. Expected pk value, received str.");
    }

    @Test
    void readOnlyAndUnknownFieldsAreIgnored() {
        Http.Resp r = http.patch("/providers/proxy/1/", j("{'mode': 'forward_domain', 'pk': 99, 'client_id': 'x', "
                + "'outpost_set': [], 'no_such_field': 1}"));
        assertEquals(200, r.status());
        assertEquals(1, r.body().get("pk").intValue());
        assertEquals("Yk3RrY7mQv1yq0tq2v8bW0yq0tq2v8bW0yq0tq2v", r.body().get("client_id").stringValue());
        assertEquals("[\"Outpost Catch-all proxy outpost\"]", r.body().get("outpost_set").toString());
    }

    @Test
    void anUnknownProviderIs404WithTheModelName() {
        assertDetail(http.get("/providers/proxy/99/"), 404, "No ProxyProvider matches the given query.");
        assertDetail(http.patch("/providers/proxy/99/", "{}"), 404, "No ProxyProvider matches the given query.");
        assertDetail(http.get("/providers/proxy/abc/"), 404, "Not found.");
    }
}
