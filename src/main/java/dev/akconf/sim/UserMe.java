package dev.akconf.sim;

import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /core/users/me/}: UserViewSet.user_me (authentik/core/api/users.py), answering
 * SessionUserSerializer, {@code {"user": UserSelfSerializer}} ({@code original} only while
 * impersonating, which the simulator never does). A token whose user is not in the state (a
 * fixture without users) answers a synthetic user of that name.
 */
final class UserMe {

    static final String PATH = "/core/users/me/";

    private UserMe() {
    }

    static ObjectNode render(Tables t, Principal who) {
        Links links = new Links(t);
        ObjectNode stored = t.userByUsername(who.username()).orElse(null);
        ObjectNode user = Json.object();
        int pk = stored == null ? 0 : stored.get("pk").intValue();
        user.put("pk", pk);
        user.put("username", who.username());
        user.put("name", stored == null ? who.username() : Json.text(stored, "name"));
        user.put("is_active", stored == null || stored.path("is_active").asBoolean(true));
        user.put("is_superuser", who.isSuperuser(t, links));
        // UserSelfSerializer.get_groups: {name, pk} of all_groups() (ancestors included), by name.
        ArrayNode groups = user.putArray("groups");
        if (stored != null) {
            allGroups(t, links, pk).forEach(g -> groups.addObject().put("name", Json.text(g, "name")).put("pk", Json.text(g, "pk")));
        }
        user.putArray("roles");
        user.put("email", stored == null ? "" : Json.text(stored, "email"));
        user.put("avatar", Defaults.DEFAULT_AVATAR);
        user.put("uid", UserViews.uid(pk));
        user.putObject("settings");
        user.put("type", stored == null ? "internal" : Json.text(stored, "type"));
        user.putArray("system_permissions");
        ObjectNode out = Json.object();
        out.set("user", user);
        return out;
    }

    /** User.all_groups(): direct groups and their ancestors, sorted by name. */
    static List<ObjectNode> allGroups(Tables t, Links links, int userPk) {
        java.util.Map<String, ObjectNode> seen = new java.util.LinkedHashMap<>();
        java.util.Deque<ObjectNode> todo = new java.util.ArrayDeque<>(links.groupsOf(userPk));
        while (!todo.isEmpty()) {
            ObjectNode g = todo.pop();
            if (seen.putIfAbsent(Json.text(g, "pk"), g) != null) {
                continue;
            }
            for (String parent : Json.strings(g.get("parents"))) {
                ObjectNode p = t.groups.get(parent);
                if (p != null) {
                    todo.push(p);
                }
            }
        }
        return Collection.sorted(seen.values(), Collection.byFields("name"));
    }
}
