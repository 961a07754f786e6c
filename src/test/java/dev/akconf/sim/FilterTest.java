package dev.akconf.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The list filters akconf and users use (authentik-api.md §2.2). */
class FilterTest extends SimTestBase {

    private List<String> names(String apiPath) {
        Http.Resp r = http.get(apiPath);
        assertEquals(200, r.status(), () -> apiPath + " " + r.body());
        return r.body().get("results").valueStream().map(o -> o.path("name").asString()).toList();
    }

    @Test
    void providersFilterByNameIexactOnly() {
        createProvider("Grafana");
        assertEquals(List.of("Grafana"), names("/providers/proxy/?name__iexact=grafana"));
        assertEquals(List.of(), names("/providers/proxy/?name__iexact=graf"));
        // A plain name filter does not exist on this viewset: it is ignored.
        assertEquals(2, names("/providers/proxy/?name=nothing").size());
        assertEquals(List.of("Grafana"), names("/providers/proxy/?search=RAF"));
        assertEquals(List.of("Grafana"), names("/providers/proxy/?mode__iexact=FORWARD_SINGLE"));
        assertEquals(List.of("Grafana"), names("/providers/proxy/?application__isnull=true"));
        assertEquals(List.of("Domain wide catch all"), names("/providers/proxy/?application__isnull=false"));
        assertEquals(List.of("Domain wide catch all"),
                names("/providers/proxy/?authorization_flow__slug__iexact=default-provider-authorization-implicit-consent"
                        + "&name__iexact=domain%20wide%20catch%20all"));
    }

    @Test
    void outpostsFilterByManagedAndName() {
        assertEquals(List.of("authentik Embedded Outpost"),
                names("/outposts/instances/?managed__iexact=goauthentik.io/outposts/embedded"));
        assertEquals(List.of("authentik Embedded Outpost"), names("/outposts/instances/?name__iexact=AUTHENTIK%20embedded%20outpost"));
        assertEquals(List.of(), names("/outposts/instances/?managed__iexact=other"));
        assertEquals(List.of("Catch-all proxy outpost"), names("/outposts/instances/?providers_by_pk=1"));
        assertError(http.get("/outposts/instances/?providers_by_pk=9"), 400, "providers_by_pk",
                "Select a valid choice. 9 is not one of the available choices.");
        assertEquals(List.of("Catch-all proxy outpost"), names("/outposts/instances/?search=catch"));
        assertEquals(List.of("Catch-all proxy outpost", "authentik Embedded Outpost"),
                names("/outposts/instances/?service_connection__name__iexact=local%20kubernetes%20cluster"));
    }

    @Test
    void applicationsAndFlowsFilterBySlugAndName() {
        assertEquals(List.of("Domain wide catch all"),
                names("/core/applications/?superuser_full_list=true&slug=domain-wide-catch-all"));
        assertEquals(List.of(), names("/core/applications/?name=domain%20wide%20catch%20all"));
        assertEquals(List.of("Logged out of application"), names("/flows/instances/?slug=default-provider-invalidation-flow"));
        // Both default authorization flows (explicit and implicit consent) have this name.
        assertEquals(List.of("Authorize Application", "Authorize Application"),
                names("/flows/instances/?designation=authorization"));
    }

    @Test
    void scopeMappingsFilterByRepeatedManagedAndUnknownValuesAre400() {
        List<String> two = names("/propertymappings/provider/scope/?managed=goauthentik.io/providers/oauth2/scope-email"
                + "&managed=goauthentik.io/providers/proxy/scope-proxy");
        assertEquals(List.of("authentik default OAuth Mapping: Proxy outpost", "authentik default OAuth Mapping: OpenID 'email'"),
                two);
        assertError(http.get("/propertymappings/provider/scope/?managed=goauthentik.io/nope"), 400, "managed",
                "Select a valid choice. goauthentik.io/nope is not one of the available choices.");
        assertEquals(1, names("/propertymappings/provider/scope/?name=authentik%20default%20OAuth%20Mapping:%20OpenID%20'openid'")
                .size());
    }

    @Test
    void certificatesFilterByName() {
        JsonNode r = http.get("/crypto/certificatekeypairs/?name=authentik%20Self-signed%20Certificate").body();
        assertEquals(CERTIFICATE, r.get("results").get(0).get("pk").stringValue());
        assertEquals(0, http.get("/crypto/certificatekeypairs/?name=other").body().get("results").size());
    }
}
