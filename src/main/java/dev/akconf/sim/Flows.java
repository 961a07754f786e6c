package dev.akconf.sim;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import tools.jackson.databind.node.ObjectNode;

/** {@code /flows/instances/} (read-only here): FlowViewSet (authentik/flows/api/flows.py), keyed by slug. */
final class Flows extends Collection {

    Flows() {
        super("/flows/instances/", "Flow");
    }

    @Override
    List<ObjectNode> all(Tables t) {
        return sorted(t.flows.values(), byFields("slug", "name"));
    }

    @Override
    Optional<ObjectNode> find(Tables t, String key) {
        return t.flowBySlug(key);
    }

    @Override
    ObjectNode render(Tables t, Links links, ObjectNode stored) {
        return stored.deepCopy();
    }

    @Override
    Predicate<ObjectNode> filter(Tables t, Links links, Query q) {
        Predicate<ObjectNode> p = Filters.search(q, List.of(Filters.field("name"), Filters.field("slug"),
                Filters.field("designation"), Filters.field("title"), Filters.field("denied_action")));
        p = p.and(Filters.exact(q, "flow_uuid", Filters.field("pk")));
        for (String f : List.of("name", "slug", "designation", "denied_action")) {
            p = p.and(Filters.exact(q, f, Filters.field(f)));
        }
        return p;
    }

    @Override
    void delete(Tables t, ObjectNode stored) {
        // Only through SimState.delete: the API side keeps flows read-only (DELETE is a 405 here).
        Deletes.flow(t, stored);
    }
}
