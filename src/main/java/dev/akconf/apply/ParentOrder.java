package dev.akconf.apply;

import dev.akconf.diff.PendingRef;
import dev.akconf.kinds.Kind;
import dev.akconf.plan.ResourceChange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Orders one level of writes of a kind whose objects name each other ({@code KindAdapter.parentFields}:
 * a group's parents) so that an object created in this run exists before one that names it. Parent
 * cycles cannot be created in any order; they are left in plan order and Authentik's answer reports them.
 */
final class ParentOrder {

    private ParentOrder() {
    }

    /** Whether a level of {@code kind} is ordered (and so written one at a time). */
    static boolean applies(Kind kind) {
        return !kind.adapter().parentFields().isEmpty();
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
        JsonNode desired = c.desired();
        for (String field : c.kind().adapter().parentFields()) {
            JsonNode parents = desired == null ? null : desired.get(field);
            if (parents != null) {
                for (JsonNode p : parents) {
                    ResourceChange parent = PendingRef.is(p) ? byName.get(PendingRef.name(p)) : null;
                    if (parent != null) {
                        visit(parent, byName, visiting, done, out);
                    }
                }
            }
        }
        visiting.remove(name);
        done.add(name);
        out.add(c);
    }
}
