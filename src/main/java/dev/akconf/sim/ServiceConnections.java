package dev.akconf.sim;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import tools.jackson.databind.node.ObjectNode;

/** {@code /outposts/service_connections/all/} (read-only, seedable): ServiceConnectionViewSet. */
final class ServiceConnections extends Collection {

    ServiceConnections() {
        super("/outposts/service_connections/all/", "OutpostServiceConnection");
    }

    @Override
    List<ObjectNode> all(Tables t) {
        return sorted(t.serviceConnections.values(), byFields("name"));
    }

    @Override
    Optional<ObjectNode> find(Tables t, String key) {
        return Optional.ofNullable(t.serviceConnections.get(uuidKey(key)));
    }

    @Override
    ObjectNode render(Tables t, Links links, ObjectNode stored) {
        return stored.deepCopy();
    }

    @Override
    Predicate<ObjectNode> filter(Tables t, Links links, Query q) {
        return Filters.search(q, List.of(Filters.field("name"))).and(Filters.exact(q, "name", Filters.field("name")));
    }
}
