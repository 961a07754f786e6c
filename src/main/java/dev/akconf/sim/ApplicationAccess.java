package dev.akconf.sim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * Which applications {@code GET /core/applications/} lists. ApplicationViewSet.list
 * (authentik/core/api/applications.py) returns the full list only when {@code superuser_full_list=true}
 * and the user is a superuser; otherwise (superusers included) the applications whose PolicyEngine
 * passes for the user (authentik/policies/engine.py), cached per user and page for 24 hours.
 *
 * <p>Simplified where the simulator cannot be Authentik: it never caches (a change shows at once);
 * a binding to a policy is evaluated as failing (the simulator runs no expressions; negated, it
 * passes). Static group and user bindings are evaluated as compute_static_bindings does.
 */
final class ApplicationAccess {

    private ApplicationAccess() {
    }

    /** Whether the list shows every application to this request. */
    static boolean fullList(Tables t, Links links, Principal who, Query q) {
        return q.value("superuser_full_list").map(v -> v.equalsIgnoreCase("true")).orElse(false) && who.isSuperuser(t, links);
    }

    /** PolicyEngine(application, user).passing, simplified as described above. */
    static boolean passes(Tables t, Links links, Principal who, ObjectNode app) {
        String pk = Json.text(app, "pk");
        List<ObjectNode> bindings = new ArrayList<>();
        // PolicyEngine.bindings(): enabled bindings of the target only.
        for (ObjectNode b : t.bindings.values()) {
            if (pk.equals(Json.text(b, "target")) && b.path("enabled").asBoolean(true)) {
                bindings.add(b);
            }
        }
        if (bindings.isEmpty()) {
            return true; // "No results, no policies attached -> passing" (empty_result is True)
        }
        ObjectNode user = t.userByUsername(who.username()).orElse(null);
        int userPk = user == null ? -1 : user.get("pk").intValue();
        Set<String> groups = new HashSet<>();
        if (user != null) {
            UserMe.allGroups(t, links, userPk).forEach(g -> groups.add(Json.text(g, "pk")));
        }
        boolean all = "all".equals(Json.text(app, "policy_engine_mode"));
        List<Boolean> results = new ArrayList<>();
        int total = 0;
        int passing = 0;
        for (ObjectNode b : bindings) {
            boolean negate = b.path("negate").asBoolean(false);
            String group = Json.text(b, "group");
            boolean hasUser = b.hasNonNull("user");
            if (b.hasNonNull("policy")) {
                results.add(negate); // differs: Authentik runs the policy; the simulator says no
            } else if (group != null || hasUser) {
                total++;
                boolean match = group != null ? groups.contains(group) : b.get("user").asInt() == userPk;
                if (match != negate) {
                    passing++;
                }
            }
        }
        if (total > 0) {
            results.add(all ? passing == total : passing > 0);
        }
        return all ? results.stream().allMatch(r -> r) : results.stream().anyMatch(r -> r);
    }
}
