package dev.akconf.apply;

import dev.akconf.diff.PendingRef;
import dev.akconf.plan.ResourceChange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Orders one level of group writes so that a group created in this run exists before a group that
 * names it as a parent. Parent cycles cannot be created in any order; they are left in plan order
 * and Authentik's answer reports them.
 */
final class GroupOrder {

    private GroupOrder() {
    }

    static List<ResourceChange> parentsFirst(List<ResourceChange> level) {
        Map<String, ResourceChange> byName = new LinkedHashMap<>();
        level.forEach(c -> byName.put(c.key().identity(), c));
        List<ResourceChange> out = new ArrayList<>();
        Set<String> visiting = new HashSet<>();
        Set<String> done = new HashSet<>();
        for (ResourceChange c : level) {
            visit(c, byName, visiting, done, out);
        }
        return out;
    }

    private static void visit(ResourceChange c, Map<String, ResourceChange> byName, Set<String> visiting, Set<String> done,
                              List<ResourceChange> out) {
        String name = c.key().identity();
        if (done.contains(name) || !visiting.add(name)) {
            return;
        }
        JsonNode parents = c.desired() == null ? null : c.desired().get("parents");
        if (parents != null) {
            for (JsonNode p : parents) {
                ResourceChange parent = PendingRef.is(p) ? byName.get(PendingRef.name(p)) : null;
                if (parent != null) {
                    visit(parent, byName, visiting, done, out);
                }
            }
        }
        visiting.remove(name);
        done.add(name);
        out.add(c);
    }
}
