package dev.akconf.sim;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import tools.jackson.databind.node.ObjectNode;

/** {@code /propertymappings/provider/scope/}: ScopeMappingViewSet (authentik/providers/oauth2/api/scopes.py). */
final class ScopeMappings extends Collection {

    ScopeMappings() {
        super("/propertymappings/provider/scope/", "ScopeMapping");
    }

    @Override
    List<ObjectNode> all(Tables t) {
        return sorted(t.scopeMappings.values(), byFields("scope_name", "name"));
    }

    @Override
    Optional<ObjectNode> find(Tables t, String key) {
        return Optional.ofNullable(t.scopeMappings.get(uuidKey(key)));
    }

    @Override
    ObjectNode render(Tables t, Links links, ObjectNode stored) {
        return stored.deepCopy();
    }

    /**
     * {@code managed} is an AllValuesMultipleFilter (ScopeMappingFilter): repeatable and OR-ed, and
     * a value no scope mapping has is not an empty result but a 400 from django-filter's form
     * validation (django_filters/filters.py AllValuesMultipleFilter, Django MultipleChoiceField).
     */
    @Override
    Predicate<ObjectNode> filter(Tables t, Links links, Query q) {
        List<String> managed = q.all("managed");
        for (String m : managed) {
            if (t.scopeMappingByManaged(m).isEmpty()) {
                throw ApiError.field("managed", "Select a valid choice. " + m + " is not one of the available choices.");
            }
        }
        return Filters.search(q, List.of(Filters.field("name"), Filters.field("scope_name")))
                .and(Filters.anyOf(q, "managed", Filters.field("managed")))
                .and(Filters.bool(q, "managed__isnull", o -> Json.text(o, "managed") == null))
                .and(Filters.exact(q, "name", Filters.field("name")))
                .and(Filters.exact(q, "scope_name", Filters.field("scope_name")));
    }

    @Override
    boolean writable() {
        return true;
    }

    @Override
    ObjectNode create(Tables t, ObjectNode body) {
        return ScopeMappingWrites.create(t, body);
    }

    @Override
    ObjectNode update(Tables t, ObjectNode stored, ObjectNode body, boolean partial) {
        return ScopeMappingWrites.update(t, stored, body, partial);
    }

    @Override
    void delete(Tables t, ObjectNode stored) {
        Deletes.scopeMapping(t, stored);
    }
}
