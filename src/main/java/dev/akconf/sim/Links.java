package dev.akconf.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reverse relations a response needs (which application uses a provider, which outposts list
 * it), computed once per request so that rendering a page stays linear.
 */
final class Links {

    private final Map<Integer, ObjectNode> application = new HashMap<>();
    private final Map<Integer, ObjectNode> backchannel = new HashMap<>();
    private final Map<Integer, List<String>> outposts = new HashMap<>();
    private final Map<String, List<ObjectNode>> children = new HashMap<>();
    private final Map<Integer, List<ObjectNode>> groupsOfUser = new HashMap<>();
    private final Map<String, Integer> bindingsOfPolicy = new HashMap<>();

    Links(Tables t) {
        for (ObjectNode app : t.applications.values()) {
            JsonNode p = app.get("provider");
            if (p != null && p.isIntegralNumber()) {
                application.putIfAbsent(p.intValue(), app);
            }
            for (int pk : Json.ints(app.get("backchannel_providers"))) {
                backchannel.putIfAbsent(pk, app);
            }
        }
        for (ObjectNode outpost : t.outposts.values()) {
            for (int pk : Json.ints(outpost.get("providers"))) {
                outposts.computeIfAbsent(pk, k -> new ArrayList<>()).add(Json.text(outpost, "name"));
            }
        }
        // By name: the reverse M2M has no ordering of its own, so the simulator picks a stable one.
        for (ObjectNode group : Collection.sorted(t.groups.values(), Collection.byFields("name"))) {
            for (String parent : Json.strings(group.get("parents"))) {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(group);
            }
            for (int user : Json.ints(group.get("users"))) {
                groupsOfUser.computeIfAbsent(user, k -> new ArrayList<>()).add(group);
            }
        }
        for (ObjectNode binding : t.bindings.values()) {
            String policy = Json.text(binding, "policy");
            if (policy != null) {
                bindingsOfPolicy.merge(policy, 1, Integer::sum);
            }
        }
    }

    /** The groups listing this group among their parents (Group.children), by name. */
    List<ObjectNode> childrenOf(String groupPk) {
        return children.getOrDefault(groupPk, List.of());
    }

    /** The groups a user is a direct member of (User.groups), by name. */
    List<ObjectNode> groupsOf(int userPk) {
        return groupsOfUser.getOrDefault(userPk, List.of());
    }

    /** How many bindings use the policy (PolicySerializer.get_bound_to, without prompt stages). */
    int bindingCount(String policyPk) {
        return bindingsOfPolicy.getOrDefault(policyPk, 0);
    }

    /** The application whose {@code provider} is this one (a OneToOne), or null. */
    ObjectNode applicationOf(int providerPk) {
        return application.get(providerPk);
    }

    /** The application listing this provider as a backchannel provider, or null. */
    ObjectNode backchannelApplicationOf(int providerPk) {
        return backchannel.get(providerPk);
    }

    /** Names of the outposts using the provider, in outpost order. */
    List<String> outpostNamesOf(int providerPk) {
        return outposts.getOrDefault(providerPk, List.of());
    }
}
