package dev.akconf.sim;

import static dev.akconf.sim.Http.j;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The simulator's two tokens: /core/users/me/ as UserViewSet.user_me answers, and the application
 * list as ApplicationViewSet.list filters it (authentik/core/api/applications.py).
 */
class TokenAccessTest extends SimTestBase {

    /** The incident seed, with the viewer's user alice (pk 2) whatever the seed holds. */
    @Override
    SimState seed() {
        SimState s = SimState.incident();
        if (s.list("/core/users/").stream().noneMatch(u -> u.path("username").asString().equals("alice"))) {
            s.addUser((tools.jackson.databind.node.ObjectNode) Json.MAPPER.readTree(j("{'pk': 2, 'username': 'alice', 'name': 'Alice', 'email': 'alice@example.com'}")));
        }
        return s;
    }

    private List<String> slugs(Http as, String query) {
        Http.Resp r = as.get("/core/applications/" + query);
        assertEquals(200, r.status(), () -> String.valueOf(r.body()));
        return r.body().get("results").valueStream().map(o -> o.get("slug").asString()).toList();
    }

    private void bindCatchAllTo(String subject, String value) {
        Http.Resp r = http.post("/policies/bindings/", j("{'target': '" + CATCH_ALL_APP + "', '" + subject + "': "
                + value + ", 'order': 0}"));
        assertEquals(201, r.status(), () -> String.valueOf(r.body()));
    }

    @Test
    void meSaysWhoseTokenItIs() {
        JsonNode admin = http.get("/core/users/me/").body().get("user");
        assertEquals("akadmin", admin.get("username").asString());
        assertEquals(true, admin.get("is_superuser").booleanValue());
        assertEquals("authentik Admins", admin.get("groups").get(0).get("name").asString());
        JsonNode viewer = new Http(sim).token(sim.viewerToken()).get("/core/users/me/").body().get("user");
        assertEquals("alice", viewer.get("username").asString());
        assertEquals(false, viewer.get("is_superuser").booleanValue());
        assertFalse(http.get("/core/users/me/").body().has("original"), "only while impersonating");
    }

    @Test
    void aWrongTokenIsStillRefused() {
        assertDetail(new Http(sim).token("neither").get("/core/users/me/"), 403, Auth.INVALID);
    }

    @Test
    void onlyASuperuserAskingGetsTheFullList() {
        Http viewer = new Http(sim).token(sim.viewerToken());
        bindCatchAllTo("group", "'" + ADMINS + "'");
        assertEquals(List.of("domain-wide-catch-all"), slugs(http, "?superuser_full_list=true"));
        // Without asking, a superuser too gets the policy-filtered list: akadmin is in authentik Admins.
        assertEquals(List.of("domain-wide-catch-all"), slugs(http, ""));
        // alice is not: the flag means nothing for her.
        assertEquals(List.of(), slugs(viewer, "?superuser_full_list=true"));
        assertEquals(List.of(), slugs(viewer, ""));
    }

    @Test
    void anApplicationWithoutBindingsIsOpenToEveryone() {
        assertEquals(List.of("domain-wide-catch-all"), slugs(new Http(sim).token(sim.viewerToken()), ""));
    }

    @Test
    void userBindingsAndNegationCountAsInThePolicyEngine() {
        Http viewer = new Http(sim).token(sim.viewerToken());
        bindCatchAllTo("user", String.valueOf(ALICE));
        assertEquals(List.of("domain-wide-catch-all"), slugs(viewer, ""));
        assertEquals(List.of(), slugs(http, ""), "akadmin is not alice; any-mode needs one passing binding");
    }
}
