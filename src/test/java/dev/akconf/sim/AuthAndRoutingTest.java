package dev.akconf.sim;

import static dev.akconf.sim.Http.j;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** 403s, 404s, 405s and body parsing, in Django/DRF's order. */
class AuthAndRoutingTest extends SimTestBase {

    @Test
    void missingCredentialsAre403() {
        assertDetail(http.token(null).get("/providers/proxy/"), 403, "Authentication credentials were not provided.");
    }

    @Test
    void anotherSchemeCountsAsNoCredentials() {
        Http.Resp r = send(new Request.Builder().url(sim.apiUrl() + "/providers/proxy/")
                .header("Authorization", "Token " + sim.token()).build());
        assertDetail(r, 403, "Authentication credentials were not provided.");
    }

    @Test
    void aWrongTokenIs403TokenInvalid() {
        assertDetail(http.token("nope").get("/providers/proxy/"), 403, "Token invalid/expired");
        assertDetail(http.token("nope").post("/providers/proxy/", provider("x")), 403, "Token invalid/expired");
        assertEquals(1, sim.state().count("/providers/proxy/"));
    }

    @Test
    void theBearerWordIsCaseInsensitive() {
        Http.Resp r = send(new Request.Builder().url(sim.apiUrl() + "/admin/version/")
                .header("Authorization", "bearer " + sim.token()).build());
        assertEquals(200, r.status());
        assertEquals("2026.2.2", r.body().get("version_current").stringValue());
    }

    @Test
    void unknownPathsAre404EvenWithoutAToken() {
        assertDetail(http.get("/core/tokens/"), 404, "Not found.");
        assertDetail(http.token(null).get("/nothing/here/"), 404, "Not found.");
        assertDetail(http.get("/providers/proxy/1/used_by/extra/"), 404, "Not found.");
    }

    @Test
    void wrongMethodsAre405AfterAuthentication() {
        assertDetail(http.delete("/providers/proxy/"), 405, "Method \"DELETE\" not allowed.");
        assertDetail(http.post("/flows/instances/", "{}"), 405, "Method \"POST\" not allowed.");
        assertDetail(http.patch("/crypto/certificatekeypairs/" + CERTIFICATE + "/", "{}"), 405, "Method \"PATCH\" not allowed.");
        assertDetail(http.post("/admin/version/", "{}"), 405, "Method \"POST\" not allowed.");
        assertDetail(http.token(null).delete("/providers/proxy/"), 403, "Authentication credentials were not provided.");
    }

    @Test
    void theNewEndpointsKeepTheOrder404ThenAuthThen405ThenLookup() {
        // Not implemented here (though in the schema): 404 before authentication.
        assertDetail(http.token(null).get("/core/groups/" + ADMINS + "/used_by/"), 404, "Not found.");
        assertDetail(http.token(null).get("/core/groups/"), 403, "Authentication credentials were not provided.");
        assertDetail(http.token("nope").post("/policies/bindings/", "{}"), 403, "Token invalid/expired");
        assertEquals(0, sim.state().count("/policies/bindings/"));
        assertDetail(http.token(sim.token()).delete("/core/groups/"), 405, "Method \"DELETE\" not allowed.");
        assertDetail(http.put("/core/users/1/", "{}"), 405, "Method \"PUT\" not allowed.");
        // The method check comes before the lookup: an unknown group is a 405 for POST, a 404 for GET.
        assertDetail(http.post("/core/groups/" + ADMINS.replace('1', '2') + "/", "{}"), 405, "Method \"POST\" not allowed.");
        assertDetail(http.get("/core/groups/" + ADMINS.replace('1', '2') + "/"), 404, "No Group matches the given query.");
        assertDetail(http.patch("/policies/bindings/00000000-0000-4000-8000-000000000000/", j("{'order': 1}")), 404,
                "No PolicyBinding matches the given query.");
    }

    @Test
    void malformedKeysAreNotFoundAndUnknownOnesNameTheModel() {
        assertDetail(http.get("/outposts/instances/not-a-uuid/"), 404, "Not found.");
        assertDetail(http.get("/outposts/instances/00000000-0000-4000-8000-000000000000/"), 404,
                "No Outpost matches the given query.");
        assertDetail(http.get("/core/applications/nope/"), 404, "No Application matches the given query.");
        assertDetail(http.get("/flows/instances/nope/"), 404, "No Flow matches the given query.");
    }

    @Test
    void bodiesMustBeJsonObjects() {
        assertError(http.post("/providers/proxy/", "\"str\""), 400, "non_field_errors",
                "Invalid data. Expected a dictionary, but got str.");
        assertError(http.post("/providers/proxy/", "[1]"), 400, "non_field_errors",
                "Invalid data. Expected a dictionary, but got list.");
        assertError(http.post("/providers/proxy/", "null"), 400, "non_field_errors", "No data provided");
        Http.Resp broken = http.post("/providers/proxy/", "{not json");
        assertEquals(400, broken.status());
        assertEquals(true, broken.body().get("detail").stringValue().startsWith("JSON parse error - "));
        Http.Resp text = send(new Request.Builder().url(sim.apiUrl() + "/providers/proxy/")
                .header("Authorization", "Bearer " + sim.token())
                .post(RequestBody.create("name=x", MediaType.get("text/plain"))).build());
        assertDetail(text, 415, "Unsupported media type \"text/plain\" in request.");
        assertEquals(1, sim.state().count("/providers/proxy/"));
    }

    @Test
    void anEmptyBodyReadsAsAnEmptyObject() {
        Http.Resp r = http.send("POST", "/core/applications/", null);
        assertEquals(400, r.status());
        assertEquals("[\"This field is required.\"]", r.body().get("slug").toString());
    }

    @Test
    void deleteAnswers204WithoutBody() {
        int pk = createProvider("temp");
        Http.Resp r = http.delete("/providers/proxy/" + pk + "/");
        assertEquals(204, r.status());
        assertEquals(null, r.body());
        assertDetail(http.delete("/providers/proxy/" + pk + "/"), 404, "No ProxyProvider matches the given query.");
        assertEquals(400, http.patch("/providers/proxy/1/", j("{'mode': 1}")).status());
    }

    private Http.Resp send(Request request) {
        try (Response r = http.client.newCall(request).execute()) {
            String text = r.body().string();
            return new Http.Resp(r.code(), text.isEmpty() ? null : Http.JSON.readTree(text), r.header("Retry-After"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
