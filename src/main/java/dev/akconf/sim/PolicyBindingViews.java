package dev.akconf.sim;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders a policy binding as PolicyBindingSerializer does (authentik/policies/api/bindings.py).
 * policy_obj, group_obj and user_obj are nested read-only serializers over nullable foreign keys,
 * so DRF writes {@code null} for an unset one (Serializer.to_representation skips to None when the
 * attribute is None), although the OpenAPI schema marks the three required and not nullable.
 */
final class PolicyBindingViews {

    private PolicyBindingViews() {
    }

    static ObjectNode render(Tables t, Links links, ObjectNode s) {
        ObjectNode out = Json.object();
        for (String f : List.of("pk", "policy", "group", "user")) {
            Json.copy(s, out, f);
        }
        ObjectNode policy = t.policies.get(String.valueOf(Json.text(s, "policy")));
        out.set("policy_obj", policy == null ? Json.NODES.nullNode() : Policies.view(links, policy));
        ObjectNode group = t.groups.get(String.valueOf(Json.text(s, "group")));
        out.set("group_obj", group == null ? Json.NODES.nullNode() : GroupViews.partial(group));
        JsonNode userPk = s.get("user");
        ObjectNode user = userPk != null && userPk.isIntegralNumber() ? t.users.get(userPk.intValue()) : null;
        out.set("user_obj", user == null ? Json.NODES.nullNode() : UserViews.partial(user));
        for (String f : List.of("target", "negate", "enabled", "order", "timeout", "failure_result")) {
            Json.copy(s, out, f);
        }
        return out;
    }
}
