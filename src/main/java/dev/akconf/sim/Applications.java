package dev.akconf.sim;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /core/applications/}: ApplicationViewSet (authentik/core/api/applications.py), keyed by
 * slug, ordered by name. The list is the full one only for a superuser asking with
 * {@code superuser_full_list=true}; otherwise it is filtered as {@link ApplicationAccess} says.
 */
final class Applications extends Collection {

    private static final List<String> TEXT_FILTERS = List.of("name", "slug", "meta_launch_url", "meta_description",
            "meta_publisher", "group");

    Applications() {
        super("/core/applications/", "Application");
    }

    @Override
    List<ObjectNode> all(Tables t) {
        return sorted(t.applications.values(), byFields("name"));
    }

    @Override
    Optional<ObjectNode> find(Tables t, String key) {
        return t.applicationBySlug(key);
    }

    @Override
    ObjectNode render(Tables t, Links links, ObjectNode stored) {
        return ApplicationViews.render(t, links, stored);
    }

    @Override
    Predicate<ObjectNode> filter(Tables t, Links links, Query q) {
        List<Function<ObjectNode, String>> fields = TEXT_FILTERS.stream().map(Filters::field).toList();
        Predicate<ObjectNode> p = Filters.search(q, fields);
        for (String f : TEXT_FILTERS) {
            p = p.and(Filters.exact(q, f, Filters.field(f)));
        }
        return p;
    }

    @Override
    boolean writable() {
        return true;
    }

    @Override
    ObjectNode create(Tables t, ObjectNode body) {
        return ApplicationWrites.create(t, body);
    }

    @Override
    ObjectNode update(Tables t, ObjectNode stored, ObjectNode body, boolean partial) {
        return ApplicationWrites.update(t, stored, body, partial);
    }

    @Override
    void delete(Tables t, ObjectNode stored) {
        Deletes.application(t, stored);
    }
}
