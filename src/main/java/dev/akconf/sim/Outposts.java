package dev.akconf.sim;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import tools.jackson.databind.node.ObjectNode;

/** {@code /outposts/instances/}: OutpostViewSet and OutpostFilter (authentik/outposts/api/outposts.py). */
final class Outposts extends Collection {

    Outposts() {
        super("/outposts/instances/", "Outpost");
    }

    /** ordering = ["name", "service_connection__name"]; names are unique, so name alone decides. */
    @Override
    List<ObjectNode> all(Tables t) {
        return sorted(t.outposts.values(), byFields("name"));
    }

    @Override
    Optional<ObjectNode> find(Tables t, String key) {
        return Optional.ofNullable(t.outposts.get(uuidKey(key)));
    }

    @Override
    ObjectNode render(Tables t, Links links, ObjectNode stored) {
        return OutpostViews.render(t, links, stored);
    }

    @Override
    Predicate<ObjectNode> filter(Tables t, Links links, Query q) {
        Function<ObjectNode, String> connection = o -> Json.text(
                t.serviceConnections.get(String.valueOf(Json.text(o, "service_connection"))), "name");
        Predicate<ObjectNode> p = Filters.search(q, List.of(Filters.field("name"), o -> providerNames(t, o)));
        p = p.and(Filters.iexact(q, "name__iexact", Filters.field("name")))
                .and(Filters.icontains(q, "name__icontains", Filters.field("name")))
                .and(Filters.iexact(q, "managed__iexact", Filters.field("managed")))
                .and(Filters.icontains(q, "managed__icontains", Filters.field("managed")))
                .and(Filters.iexact(q, "service_connection__name__iexact", connection))
                .and(Filters.icontains(q, "service_connection__name__icontains", connection))
                .and(Filters.bool(q, "providers__isnull", o -> o.path("providers").isEmpty()));
        List<String> byPk = q.all("providers_by_pk");
        if (!byPk.isEmpty()) {
            for (String pk : byPk) {
                // ModelMultipleChoiceFilter validates every value against existing providers.
                if (Refs.pythonInt(Json.NODES.stringNode(pk)).filter(t::providerExists).isEmpty()) {
                    throw ApiError.field("providers_by_pk",
                            "Select a valid choice. " + pk + " is not one of the available choices.");
                }
            }
            p = p.and(o -> Json.ints(o.get("providers")).stream().anyMatch(pk -> byPk.contains(String.valueOf(pk))));
        }
        return p;
    }

    /** The search field providers__name: one row per provider, so any provider's name matches. */
    private static String providerNames(Tables t, ObjectNode outpost) {
        StringBuilder sb = new StringBuilder();
        for (int pk : Json.ints(outpost.get("providers"))) {
            t.anyProvider(pk).ifPresent(p -> sb.append(Json.text(p, "name")).append('\u0000'));
        }
        return sb.toString();
    }

    @Override
    boolean writable() {
        return true;
    }

    @Override
    ObjectNode create(Tables t, ObjectNode body) {
        return OutpostWrites.create(t, body);
    }

    @Override
    ObjectNode update(Tables t, ObjectNode stored, ObjectNode body, boolean partial) {
        return OutpostWrites.update(t, stored, body, partial);
    }

    @Override
    void delete(Tables t, ObjectNode stored) {
        // Not guarded upstream: even the embedded outpost can be deleted (it returns on restart).
        Deletes.outpost(t, stored);
    }
}
