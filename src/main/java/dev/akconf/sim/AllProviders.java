package dev.akconf.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /providers/all/}: ProviderViewSet (authentik/core/api/providers.py), every provider in the
 * generic Provider shape. It declares no ordering, so PostgreSQL's order applies; pk order here.
 */
final class AllProviders extends Collection {

    AllProviders() {
        super("/providers/all/", "Provider");
    }

    @Override
    List<ObjectNode> all(Tables t) {
        List<ObjectNode> out = new ArrayList<>(t.proxyProviders.values());
        out.addAll(t.otherProviders.values());
        return sorted(out, byFields("pk"));
    }

    @Override
    Optional<ObjectNode> find(Tables t, String key) {
        return t.anyProvider(intKey(key));
    }

    @Override
    ObjectNode render(Tables t, Links links, ObjectNode stored) {
        return ProviderViews.generic(links, stored);
    }

    @Override
    Predicate<ObjectNode> filter(Tables t, Links links, Query q) {
        Predicate<ObjectNode> noApp = o -> links.applicationOf(o.get("pk").intValue()) == null;
        return Filters.search(q, List.of(Filters.field("name"), o -> {
            ObjectNode app = links.applicationOf(o.get("pk").intValue());
            return app == null ? null : Json.text(app, "name");
        })).and(Filters.bool(q, "application__isnull", noApp));
    }

    @Override
    Set<String> itemMethods() {
        return Set.of("GET", "DELETE");
    }

    @Override
    void delete(Tables t, ObjectNode stored) {
        Deletes.provider(t, stored.get("pk").intValue());
    }
}
