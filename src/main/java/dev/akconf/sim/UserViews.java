package dev.akconf.sim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders users as UserSerializer (authentik/core/api/users.py) and PartialUserSerializer
 * (authentik/core/api/groups.py: a group's users_obj, a binding's user_obj) do.
 */
final class UserViews {

    private UserViews() {
    }

    /**
     * The full User. {@code is_superuser} is computed as on the model: membership, direct or through
     * a parent group, in a group with is_superuser. groups_obj and roles_obj are null when
     * {@code include_groups}/{@code include_roles} is other than "true" (both default true).
     */
    static ObjectNode render(Tables t, Links links, ObjectNode s, Query q) {
        int pk = s.get("pk").intValue();
        List<ObjectNode> groups = links.groupsOf(pk);
        ObjectNode out = Json.object();
        out.put("pk", pk);
        for (String f : List.of("username", "name", "is_active", "last_login", "date_joined")) {
            Json.copy(s, out, f);
        }
        out.put("is_superuser", isSuperuser(t, groups));
        ArrayNode groupPks = out.putArray("groups");
        groups.forEach(g -> groupPks.add(Json.text(g, "pk")));
        if (q.flag("include_groups", true)) {
            ArrayNode objs = out.putArray("groups_obj");
            groups.forEach(g -> objs.add(GroupViews.partial(g)));
        } else {
            out.putNull("groups_obj");
        }
        out.putArray("roles");
        if (q.flag("include_roles", true)) {
            out.putArray("roles_obj");
        } else {
            out.putNull("roles_obj");
        }
        Json.copy(s, out, "email");
        out.put("avatar", Defaults.DEFAULT_AVATAR);
        Json.copy(s, out, "attributes");
        out.put("uid", uid(pk));
        for (String f : List.of("path", "type", "uuid", "password_change_date", "last_updated")) {
            Json.copy(s, out, f);
        }
        return out;
    }

    /** PartialUserSerializer: pk, username, name, is_active, last_login, email, attributes, uid. */
    static ObjectNode partial(ObjectNode s) {
        int pk = s.get("pk").intValue();
        ObjectNode out = Json.object();
        out.put("pk", pk);
        for (String f : List.of("username", "name", "is_active", "last_login", "email", "attributes")) {
            Json.copy(s, out, f);
        }
        out.put("uid", uid(pk));
        return out;
    }

    /** User.is_superuser: {@code self.all_groups().filter(is_superuser=True).exists()}, ancestors included. */
    static boolean isSuperuser(Tables t, List<ObjectNode> direct) {
        Set<String> seen = new HashSet<>();
        Deque<ObjectNode> todo = new ArrayDeque<>(direct);
        while (!todo.isEmpty()) {
            ObjectNode g = todo.pop();
            if (!seen.add(Json.text(g, "pk"))) {
                continue;
            }
            if (g.path("is_superuser").asBoolean(false)) {
                return true;
            }
            for (String parent : Json.strings(g.get("parents"))) {
                ObjectNode p = t.groups.get(parent);
                if (p != null) {
                    todo.push(p);
                }
            }
        }
        return false;
    }

    /** User.uid: {@code sha256(f"{get_install_id()}-{self.pk}").hexdigest()}. */
    static String uid(int pk) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((Defaults.INSTALL_ID + "-" + pk).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
