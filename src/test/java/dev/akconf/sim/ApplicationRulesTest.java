package dev.akconf.sim;

import static dev.akconf.sim.Http.j;
import static dev.akconf.sim.OpenApiContract.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** ApplicationSerializer's validation and computed fields (authentik-api.md §4.4). */
class ApplicationRulesTest extends SimTestBase {

    @Test
    void createFillsDefaultsAndComputesReadOnlyFields() {
        int pk = createProvider("grafana");
        Http.Resp r = http.post("/core/applications/",
                valid("ApplicationRequest", j("{'name': 'Grafana', 'slug': 'grafana', 'provider': " + pk + "}")));
        assertEquals(201, r.status());
        JsonNode app = r.body();
        assertEquals("any", app.get("policy_engine_mode").stringValue());
        assertEquals("", app.get("meta_launch_url").stringValue());
        // No meta_launch_url: the launch URL is the proxy provider's external host.
        assertEquals("https://grafana.example.com", app.get("launch_url").stringValue());
        assertEquals(pk, app.get("provider_obj").get("pk").intValue());
        assertEquals("grafana", app.get("provider_obj").get("assigned_application_slug").stringValue());
        assertTrue(app.get("meta_icon_url").isNull());
        assertEquals(36, app.get("pk").stringValue().length());
        JsonNode provider = http.get("/providers/proxy/" + pk + "/").body();
        assertEquals("grafana", provider.get("assigned_application_slug").stringValue());
        assertEquals("Grafana", provider.get("assigned_application_name").stringValue());
    }

    @Test
    void reservedSlugsAreRejected() {
        assertError(http.post("/core/applications/", j("{'name': 'x', 'slug': 'authorize'}")), 400, "slug",
                "The slug 'authorize' is reserved and cannot be used for applications.");
        assertError(http.patch("/core/applications/domain-wide-catch-all/", j("{'slug': 'token'}")), 400, "slug",
                "The slug 'token' is reserved and cannot be used for applications.");
    }

    @Test
    void slugsFollowThePatternAndAreUnique() {
        // Django's validate_slug message (slug is a TextField since 2025.12, authentik/core/models.py).
        assertError(http.post("/core/applications/", j("{'name': 'x', 'slug': 'a b'}")), 400, "slug",
                "Enter a valid \u201cslug\u201d consisting of letters, numbers, underscores or hyphens.");
        assertError(http.post("/core/applications/", j("{'name': 'x', 'slug': 'domain-wide-catch-all'}")), 400, "slug",
                "Application with this slug already exists.");
        // No length limit any more.
        String longSlug = "a".repeat(300);
        assertEquals(201, http.post("/core/applications/", valid("ApplicationRequest",
                j("{'name': 'long', 'slug': '" + longSlug + "'}"))).status());
        assertEquals(longSlug, http.get("/core/applications/" + longSlug + "/").body().get("slug").stringValue());
        assertEquals(201, http.post("/core/applications/", valid("ApplicationRequest",
                j("{'name': 'x', 'slug': 'x_1-A'}"))).status());
    }

    @Test
    void aProviderServesOneApplicationOnly() {
        assertError(http.post("/core/applications/", j("{'name': 'x', 'slug': 'x', 'provider': 1}")), 400, "provider",
                "Application with this provider already exists.");
        assertError(http.post("/core/applications/", j("{'name': 'x', 'slug': 'x', 'provider': 42}")), 400, "provider",
                "Invalid pk \"42\" - object does not exist.");
        assertError(http.post("/core/applications/", j("{'name': 'x', 'slug': 'x', 'provider': 'one'}")), 400, "provider",
                "Incorrect type. Expected pk value, received str.");
        // Re-saving the owner with its own provider is fine.
        assertEquals(200, http.patch("/core/applications/domain-wide-catch-all/",
                valid("PatchedApplicationRequest", j("{'provider': 1}"))).status());
    }

    @Test
    void metaIconIsAFileNameOrAUrl() {
        String app = "/core/applications/domain-wide-catch-all/";
        // validate_file_name (authentik/admin/files/validation.py), with Authentik's messages.
        assertError(http.patch(app, j("{'meta_icon': 'my icon.png'}")), 400, "meta_icon",
                "File name can only contain letters (a-z, A-Z), numbers (0-9), dots (.), hyphens (-), underscores (_), "
                        + "forward slashes (/), and the placeholder %(theme)s for theme-specific files");
        assertError(http.patch(app, j("{'meta_icon': 'icons//a.png'}")), 400, "meta_icon", "File name cannot contain duplicate /");
        assertError(http.patch(app, j("{'meta_icon': '/media/a.png'}")), 400, "meta_icon", "Absolute paths are not allowed");
        assertError(http.patch(app, j("{'meta_icon': 'a/../b.png'}")), 400, "meta_icon",
                "Parent directory references ('..') are not allowed");
        assertError(http.patch(app, j("{'meta_icon': '.hidden.png'}")), 400, "meta_icon", "Paths cannot start with '.'");
        assertError(http.patch(app, j("{'meta_icon': 'ftp://x.example.com/a.png'}")), 400, "meta_icon",
                "File name can only contain letters (a-z, A-Z), numbers (0-9), dots (.), hyphens (-), underscores (_), "
                        + "forward slashes (/), and the placeholder %(theme)s for theme-specific files");
        assertError(http.patch(app, j("{'meta_icon': '" + "a".repeat(256) + ".png'}")), 400, "meta_icon",
                "Path component too long (max 255 characters)");
        for (String ok : java.util.List.of("", "icons/grafana.png", "logo-%(theme)s.svg", "https://x.example.com/a b.png",
                "fa://fa-book", "/static/dist/assets/icons/icon.png", "http:anything goes")) {
            Http.Resp r = http.patch(app, valid("PatchedApplicationRequest", j("{'meta_icon': '" + ok + "'}")));
            assertEquals(200, r.status(), () -> ok + " -> " + r.body());
        }
        assertEquals("fa://fa-book", http.patch(app, j("{'meta_icon': 'fa://fa-book'}")).body().get("meta_icon_url").stringValue());
        assertEquals("/files/media/public/icons/grafana.png",
                http.patch(app, j("{'meta_icon': 'icons/grafana.png'}")).body().get("meta_icon_url").stringValue());
    }

    @Test
    void policyEngineModeIsAChoice() {
        assertError(http.patch("/core/applications/domain-wide-catch-all/", j("{'policy_engine_mode': 'most'}")), 400,
                "policy_engine_mode", "\"most\" is not a valid choice.");
    }

    @Test
    void metaLaunchUrlIsValidatedAndWinsOverTheProvider() {
        assertError(http.patch("/core/applications/domain-wide-catch-all/", j("{'meta_launch_url': 'nope'}")), 400,
                "meta_launch_url", "Enter a valid URL.");
        Http.Resp r = http.patch("/core/applications/domain-wide-catch-all/",
                j("{'meta_launch_url': 'https://start.example.com'}"));
        assertEquals("https://start.example.com", r.body().get("launch_url").stringValue());
        // DomainlessFormattedURLValidator (authentik/lib/models.py): ssh/sftp, and format placeholders before the host.
        for (String ok : java.util.List.of("ssh://bastion.example.com", "https://%(username)s.example.com/")) {
            assertEquals(200, http.patch("/core/applications/domain-wide-catch-all/",
                    j("{'meta_launch_url': '" + ok + "'}")).status(), ok);
        }
    }

    @Test
    void putRequiresNameAndSlugAndKeepsOmittedFields() {
        Http.Resp missing = http.put("/core/applications/domain-wide-catch-all/", j("{'name': 'x'}"));
        assertEquals("[\"This field is required.\"]", missing.body().get("slug").toString());
        Http.Resp r = http.put("/core/applications/domain-wide-catch-all/",
                valid("ApplicationRequest", j("{'name': 'Renamed', 'slug': 'domain-wide-catch-all'}")));
        assertEquals(200, r.status());
        assertEquals(1, r.body().get("provider").intValue());
        assertEquals("blank://blank", r.body().get("meta_launch_url").stringValue());
    }

    @Test
    void slugChangesMoveTheUrl() {
        assertEquals(200, http.patch("/core/applications/domain-wide-catch-all/", j("{'slug': 'catch-all'}")).status());
        assertEquals(200, http.get("/core/applications/catch-all/").status());
        assertEquals(404, http.get("/core/applications/domain-wide-catch-all/").status());
    }
}
