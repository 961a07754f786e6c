package dev.akconf.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Lists of the new kinds: the policy-binding filters (target, repeatable target_in, policy, enabled,
 * order, search), the default orderings, and pagination of bindings and groups over many objects.
 */
class BindingListTest extends SimTestBase {

    private static final String PATH = "/policies/bindings/";
    private static final String GRAFANA = "7a000000-0000-4000-8000-000000000001";
    private static final String WIKI = "7a000000-0000-4000-8000-000000000002";

    /** The incident, two more applications, 25 groups, 45 bindings: 20 per app (orders 0..19) and 5 on a flow. */
    @Override
    SimState seed() {
        SimState s = SimState.incident();
        s.addApplication(Http.JSON.createObjectNode().put("pk", GRAFANA).put("name", "Grafana").put("slug", "grafana"));
        s.addApplication(Http.JSON.createObjectNode().put("pk", WIKI).put("name", "Wiki").put("slug", "wiki"));
        for (int i = 1; i <= 25; i++) {
            s.addGroup(Http.JSON.createObjectNode().put("pk", String.format("6b000000-0000-4000-8000-%012d", i))
                    .put("name", String.format("team-%02d", i)));
        }
        for (int i = 0; i < 20; i++) {
            s.addBinding(binding(GRAFANA, i).put("group", String.format("6b000000-0000-4000-8000-%012d", i + 1)));
            s.addBinding(binding(WIKI, i).put("user", 2).put("enabled", i % 2 == 0));
        }
        for (int i = 0; i < 5; i++) {
            s.addBinding(binding(IMPLICIT_FLOW, 100 + i).put("policy", OFFICE_POLICY));
        }
        return s;
    }

    private static ObjectNode binding(String target, int order) {
        return Http.JSON.createObjectNode().put("target", target).put("order", order);
    }

    private JsonNode list(String apiPath) {
        Http.Resp r = http.get(apiPath);
        assertEquals(200, r.status(), () -> apiPath + " " + r.body());
        return r.body();
    }

    private List<String> targets(String apiPath) {
        return list(apiPath).get("results").valueStream().map(o -> o.get("target").stringValue()).distinct().toList();
    }

    @Test
    void bindingsAreOrderedByOrderThenPkAndPaginated() {
        JsonNode p1 = list(PATH);
        assertEquals("{\"next\":2,\"previous\":0,\"count\":45,\"current\":1,\"total_pages\":3,\"start_index\":1,"
                + "\"end_index\":20}", p1.get("pagination").toString());
        JsonNode first = p1.get("results");
        assertEquals(0, first.get(0).get("order").intValue());
        assertEquals(0, first.get(1).get("order").intValue());
        assertTrue(first.get(0).get("pk").stringValue().compareTo(first.get(1).get("pk").stringValue()) < 0, first::toString);
        JsonNode p3 = list(PATH + "?page=3");
        assertEquals(5, p3.get("results").size());
        assertEquals(104, p3.get("results").get(4).get("order").intValue());
        assertEquals(45, list(PATH + "?page_size=100").get("results").size());
        assertDetail(http.get(PATH + "?page=4"), 404, "Invalid page.");
        assertEquals(104, list(PATH + "?ordering=-order&page_size=1").get("results").get(0).get("order").intValue());
    }

    @Test
    void groupsArePaginatedByName() {
        JsonNode p1 = list("/core/groups/");
        // The fresh install's two groups and the 25 seeded here.
        assertEquals(27, p1.get("pagination").get("count").intValue());
        assertEquals(2, p1.get("pagination").get("total_pages").intValue());
        assertEquals("authentik Admins", p1.get("results").get(0).get("name").stringValue());
        assertEquals("team-25", list("/core/groups/?page=2").get("results").get(6).get("name").stringValue());
    }

    @Test
    void targetFiltersOneTargetAndTargetInSeveral() {
        assertEquals(20, list(PATH + "?target=" + GRAFANA).get("pagination").get("count").intValue());
        assertEquals(List.of(GRAFANA), targets(PATH + "?target=" + GRAFANA + "&page_size=100"));
        JsonNode both = list(PATH + "?target_in=" + GRAFANA + "&target_in=" + WIKI + "&page_size=100");
        assertEquals(40, both.get("pagination").get("count").intValue());
        assertEquals(List.of(GRAFANA, WIKI), targets(PATH + "?target_in=" + GRAFANA + "&target_in=" + WIKI + "&page_size=100")
                .stream().sorted().toList());
        assertEquals(25, list(PATH + "?target_in=" + WIKI + "&target_in=" + IMPLICIT_FLOW).get("pagination").get("count").intValue());
        // An empty value applies no filter, as django-filter skips empty values.
        assertEquals(45, list(PATH + "?target_in=").get("pagination").get("count").intValue());
    }

    @Test
    void unknownTargetsAre400() {
        String missing = "00000000-0000-4000-8000-000000000000";
        assertError(http.get(PATH + "?target=" + missing), 400, "target",
                "Select a valid choice. That choice is not one of the available choices.");
        assertError(http.get(PATH + "?target=grafana"), 400, "target",
                "Select a valid choice. That choice is not one of the available choices.");
        assertError(http.get(PATH + "?target_in=" + GRAFANA + "&target_in=" + missing), 400, "target_in",
                "Select a valid choice. " + missing + " is not one of the available choices.");
        assertError(http.get(PATH + "?target_in=grafana"), 400, "target_in", "\u201cgrafana\u201d is not a valid UUID.");
        assertError(http.get(PATH + "?policy=" + missing), 400, "policy",
                "Select a valid choice. That choice is not one of the available choices.");
        assertError(http.get(PATH + "?order=first"), 400, "order", "Enter a number.");
    }

    @Test
    void policyEnabledOrderAndSearchFilters() {
        assertEquals(5, list(PATH + "?policy=" + OFFICE_POLICY).get("pagination").get("count").intValue());
        assertEquals(40, list(PATH + "?policy__isnull=true").get("pagination").get("count").intValue());
        assertEquals(35, list(PATH + "?enabled=true").get("pagination").get("count").intValue());
        assertEquals(10, list(PATH + "?enabled=false&target=" + WIKI).get("pagination").get("count").intValue());
        assertEquals(2, list(PATH + "?order=3").get("pagination").get("count").intValue());
        assertEquals(5, list(PATH + "?search=OFFICE").get("pagination").get("count").intValue());
        assertEquals(45, list(PATH + "?timeout=30").get("pagination").get("count").intValue());
    }
}
