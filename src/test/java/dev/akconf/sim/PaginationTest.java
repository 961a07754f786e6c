package dev.akconf.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Authentik 2026.2.2's page-number pagination (authentik-api.md §5.1). */
class PaginationTest extends SimTestBase {

    @Override
    SimState seed() {
        SimState s = SimState.fresh();
        for (int i = 1; i <= 45; i++) {
            s.addProxyProvider(Http.JSON.createObjectNode().put("name", String.format("app-%02d", i))
                    .put("external_host", "https://app" + i + ".example.com").put("mode", "forward_single"));
        }
        return s;
    }

    @Test
    void threePagesOfTwenty() {
        JsonNode p1 = http.get("/providers/proxy/").body();
        assertEquals("{\"next\":2,\"previous\":0,\"count\":45,\"current\":1,\"total_pages\":3,\"start_index\":1,"
                + "\"end_index\":20}", p1.get("pagination").toString());
        assertEquals(20, p1.get("results").size());
        assertEquals("app-01", p1.get("results").get(0).get("name").stringValue());
        JsonNode p3 = http.get("/providers/proxy/?page=3").body();
        assertEquals("{\"next\":0,\"previous\":2,\"count\":45,\"current\":3,\"total_pages\":3,\"start_index\":41,"
                + "\"end_index\":45}", p3.get("pagination").toString());
        assertEquals("app-45", p3.get("results").get(4).get("name").stringValue());
        assertEquals("{}", p3.get("autocomplete").toString());
    }

    @Test
    void pastTheEndIs404InvalidPage() {
        assertDetail(http.get("/providers/proxy/?page=4"), 404, "Invalid page.");
        assertDetail(http.get("/providers/proxy/?page=0"), 404, "Invalid page.");
        assertDetail(http.get("/providers/proxy/?page=abc"), 404, "Invalid page.");
        assertEquals(3, http.get("/providers/proxy/?page=last").body().get("pagination").get("current").intValue());
    }

    @Test
    void pageSizeIsCappedAt100AndInvalidSizesMeanTheDefault() {
        assertEquals(45, http.get("/providers/proxy/?page_size=100").body().get("results").size());
        SimState state = sim.state();
        for (int i = 46; i <= 130; i++) {
            state.addProxyProvider(Http.JSON.createObjectNode().put("name", "z" + i).put("external_host", "https://z.example"));
        }
        JsonNode capped = http.get("/providers/proxy/?page_size=500").body();
        assertEquals(100, capped.get("results").size());
        assertEquals(2, capped.get("pagination").get("total_pages").intValue());
        for (String bad : new String[] {"0", "-5", "x", ""}) {
            assertEquals(20, http.get("/providers/proxy/?page_size=" + bad).body().get("results").size(), bad);
        }
    }

    @Test
    void anEmptyListHasOnePage() {
        JsonNode empty = http.get("/core/applications/?superuser_full_list=true").body();
        assertEquals("{\"pagination\":{\"next\":0,\"previous\":0,\"count\":0,\"current\":1,\"total_pages\":1,"
                + "\"start_index\":0,\"end_index\":0},\"results\":[],\"autocomplete\":{}}", empty.toString());
        assertDetail(http.get("/core/applications/?page=2"), 404, "Invalid page.");
    }

    @Test
    void orderingReplacesTheDefault() {
        JsonNode desc = http.get("/providers/proxy/?ordering=-name&page_size=3").body().get("results");
        assertEquals("app-45", desc.get(0).get("name").stringValue());
        JsonNode byPk = http.get("/providers/proxy/?ordering=pk,unknown&page_size=1").body().get("results");
        assertEquals(1, byPk.get(0).get("pk").intValue());
    }
}
