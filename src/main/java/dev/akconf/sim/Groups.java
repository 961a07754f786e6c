package dev.akconf.sim;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /core/groups/}: GroupViewSet and GroupFilter (authentik/core/api/groups.py), keyed by
 * {@code group_uuid}, ordered by name. The {@code include_*} query parameters shape each response.
 */
final class Groups extends Collection {

    Groups() {
        super("/core/groups/", "Group");
    }

    @Override
    List<ObjectNode> all(Tables t) {
        return sorted(t.groups.values(), byFields("name"));
    }

    @Override
    Optional<ObjectNode> find(Tables t, String key) {
        return Optional.ofNullable(t.groups.get(uuidKey(key)));
    }

    @Override
    ObjectNode render(Tables t, Links links, ObjectNode stored) {
        return render(t, links, stored, Query.NONE);
    }

    @Override
    ObjectNode render(Tables t, Links links, ObjectNode stored, Query q) {
        return GroupViews.render(t, links, stored, q);
    }

    /**
     * GroupFilter: {@code name} and {@code is_superuser} exact, {@code members_by_pk} and
     * {@code members_by_username} (ModelMultipleChoiceFilters: repeatable, OR-ed, and an unknown
     * user is a 400), {@code attributes} (a JSON object whose keys must all match). search_fields
     * are name and is_superuser (a boolean compared as text by icontains).
     */
    @Override
    Predicate<ObjectNode> filter(Tables t, Links links, Query q) {
        Predicate<ObjectNode> p = Filters.search(q, List.of(Filters.field("name"),
                o -> String.valueOf(o.path("is_superuser").asBoolean(false))));
        p = p.and(Filters.exact(q, "name", Filters.field("name")))
                .and(Filters.bool(q, "is_superuser", o -> o.path("is_superuser").asBoolean(false)));
        List<String> byPk = q.all("members_by_pk");
        for (String pk : byPk) {
            if (Refs.pythonInt(Json.NODES.stringNode(pk)).filter(t.users::containsKey).isEmpty()) {
                throw ApiError.field("members_by_pk", "Select a valid choice. " + pk + " is not one of the available choices.");
            }
        }
        if (!byPk.isEmpty()) {
            p = p.and(o -> Json.ints(o.get("users")).stream().anyMatch(u -> byPk.contains(String.valueOf(u))));
        }
        List<String> byName = q.all("members_by_username");
        for (String name : byName) {
            if (t.userByUsername(name).isEmpty()) {
                throw ApiError.field("members_by_username",
                        "Select a valid choice. " + name + " is not one of the available choices.");
            }
        }
        if (!byName.isEmpty()) {
            p = p.and(o -> Json.ints(o.get("users")).stream()
                    .anyMatch(u -> t.users.containsKey(u) && byName.contains(Json.text(t.users.get(u), "username"))));
        }
        Optional<String> attributes = q.value("attributes");
        if (attributes.isPresent()) {
            p = p.and(attributesMatch(attributes.get()));
        }
        return p;
    }

    /**
     * GroupFilter.filter_attributes: the value must be a JSON object; each key becomes an
     * {@code attributes__<key>} lookup, i.e. the stored value must equal the given one.
     */
    private static Predicate<ObjectNode> attributesMatch(String raw) {
        JsonNode wanted;
        try {
            wanted = Json.MAPPER.readTree(raw);
        } catch (JacksonException e) {
            // raise ValidationError(detail="filter: failed to parse JSON"): a string detail becomes a list body.
            throw ApiError.badRequestList("filter: failed to parse JSON");
        }
        if (wanted == null || !wanted.isObject()) {
            throw ApiError.badRequestList("filter: value must be key:value mapping");
        }
        return o -> {
            JsonNode attrs = o.path("attributes");
            for (Map.Entry<String, JsonNode> e : wanted.properties()) {
                if (!e.getValue().equals(attrs.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        };
    }

    @Override
    boolean writable() {
        return true;
    }

    @Override
    ObjectNode create(Tables t, ObjectNode body) {
        return GroupWrites.create(t, body);
    }

    @Override
    ObjectNode update(Tables t, ObjectNode stored, ObjectNode body, boolean partial) {
        return GroupWrites.update(t, stored, body, partial);
    }

    @Override
    void delete(Tables t, ObjectNode stored) {
        Deletes.group(t, stored);
    }
}
