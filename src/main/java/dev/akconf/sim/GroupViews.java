package dev.akconf.sim;

import java.math.BigInteger;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders groups as GroupSerializer does (authentik/core/api/groups.py), and the two smaller shapes
 * other responses embed: PartialGroupSerializer (a binding's group_obj, a user's groups_obj) and
 * RelatedGroupSerializer (parents_obj, children_obj).
 */
final class GroupViews {

    private GroupViews() {
    }

    /**
     * The full Group. The {@code *_obj} lists depend on the request's query: users_obj unless
     * {@code include_users} is other than "true" (default true), parents_obj and children_obj only
     * with {@code include_parents}/{@code include_children=true}, inherited_roles_obj only with
     * {@code include_inherited_roles=true}; each is null otherwise (SerializerMethodField(allow_null=True)).
     */
    static ObjectNode render(Tables t, Links links, ObjectNode s, Query q) {
        String pk = Json.text(s, "pk");
        ObjectNode out = Json.object();
        out.put("pk", pk);
        out.put("num_pk", numPk(pk));
        Json.copy(s, out, "name");
        Json.copy(s, out, "is_superuser");
        Json.copy(s, out, "parents");
        if (q.flag("include_parents", false)) {
            ArrayNode parents = out.putArray("parents_obj");
            for (String parent : Json.strings(s.get("parents"))) {
                ObjectNode g = t.groups.get(parent);
                if (g != null) {
                    parents.add(related(g));
                }
            }
        } else {
            out.putNull("parents_obj");
        }
        Json.copy(s, out, "users");
        if (q.flag("include_users", true)) {
            ArrayNode users = out.putArray("users_obj");
            for (int user : Json.ints(s.get("users"))) {
                ObjectNode u = t.users.get(user);
                if (u != null) {
                    users.add(UserViews.partial(u));
                }
            }
        } else {
            out.putNull("users_obj");
        }
        Json.copy(s, out, "attributes");
        Json.copy(s, out, "roles");
        // No roles exist in the simulator: the role lists are always empty.
        out.putArray("roles_obj");
        if (q.flag("include_inherited_roles", false)) {
            out.putArray("inherited_roles_obj");
        } else {
            out.putNull("inherited_roles_obj");
        }
        ArrayNode children = out.putArray("children");
        links.childrenOf(pk).forEach(c -> children.add(Json.text(c, "pk")));
        if (q.flag("include_children", false)) {
            ArrayNode objs = out.putArray("children_obj");
            links.childrenOf(pk).forEach(c -> objs.add(related(c)));
        } else {
            out.putNull("children_obj");
        }
        return out;
    }

    /** PartialGroupSerializer: pk, num_pk, name, is_superuser, attributes. */
    static ObjectNode partial(ObjectNode s) {
        String pk = Json.text(s, "pk");
        ObjectNode out = Json.object();
        out.put("pk", pk);
        out.put("num_pk", numPk(pk));
        Json.copy(s, out, "name");
        Json.copy(s, out, "is_superuser");
        Json.copy(s, out, "attributes");
        return out;
    }

    /** RelatedGroupSerializer: pk, name, is_superuser, attributes, group_uuid (= pk). */
    static ObjectNode related(ObjectNode s) {
        ObjectNode out = Json.object();
        Json.copy(s, out, "pk");
        Json.copy(s, out, "name");
        Json.copy(s, out, "is_superuser");
        Json.copy(s, out, "attributes");
        out.set("group_uuid", out.get("pk").deepCopy());
        return out;
    }

    /**
     * Group.num_pk: {@code int(str(self.pk.int)[:5])}, the first five decimal digits of the uuid's
     * 128-bit integer (authentik/core/models.py; the LDAP outpost uses it as gidNumber).
     */
    static int numPk(String uuid) {
        String digits = new BigInteger(uuid.replace("-", ""), 16).toString();
        return Integer.parseInt(digits.substring(0, Math.min(5, digits.length())));
    }
}
