package dev.akconf.sim;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /core/users/} (read-only here, seedable): UserViewSet (authentik/core/api/users.py), keyed
 * by the integer pk, ordered by username. Group membership is stored on the groups ({@code users}),
 * so a user's {@code groups} follow every group write.
 */
final class Users extends Collection {

    Users() {
        super("/core/users/", "User");
    }

    @Override
    List<ObjectNode> all(Tables t) {
        return sorted(t.users.values(), byFields("username"));
    }

    @Override
    Optional<ObjectNode> find(Tables t, String key) {
        return Optional.ofNullable(t.users.get(intKey(key)));
    }

    @Override
    ObjectNode render(Tables t, Links links, ObjectNode stored) {
        return render(t, links, stored, Query.NONE);
    }

    @Override
    ObjectNode render(Tables t, Links links, ObjectNode stored, Query q) {
        return UserViews.render(t, links, stored, q);
    }

    /** A subset of UsersFilter: the exact text fields, is_active, is_superuser and type (repeatable). */
    @Override
    Predicate<ObjectNode> filter(Tables t, Links links, Query q) {
        Predicate<ObjectNode> p = Filters.search(q, List.of(Filters.field("username"), Filters.field("name"),
                Filters.field("email"), Filters.field("path")));
        for (String f : List.of("username", "name", "email", "uuid", "path")) {
            p = p.and(Filters.exact(q, f, Filters.field(f)));
        }
        return p.and(Filters.bool(q, "is_active", o -> o.path("is_active").asBoolean(false)))
                .and(Filters.bool(q, "is_superuser",
                        o -> UserViews.isSuperuser(t, links.groupsOf(o.get("pk").intValue()))))
                .and(Filters.anyOf(q, "type", Filters.field("type")));
    }

    @Override
    void delete(Tables t, ObjectNode stored) {
        // Only through SimState.delete: the API side of the simulator has no user writes.
        Deletes.user(t, stored);
    }
}
