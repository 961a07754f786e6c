package dev.akconf.kinds;

import static dev.akconf.model.FieldRule.byDefault;

import dev.akconf.model.FieldRule;
import dev.akconf.model.RefField;
import dev.akconf.model.RefTarget;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code Group}: {@code /core/groups/} (authentik/core/api/groups.py GroupSerializer). */
public final class GroupAdapter extends GenericAdapter {

    GroupAdapter(Kind kind) {
        super(new KindSpec(kind,
                "/core/groups/", Map.of(), "pk", "name", "name",
                // users (membership) is deliberately not managed: the schema refuses it.
                List.of("name", "is_superuser", "parents", "attributes"),
                Map.of("parents", new RefField(RefTarget.GROUP, true)),
                Set.of("parents"), Set.of(), Set.of()), table(), RefTarget.GROUP);
    }

    /** A group's parents may be groups this same apply creates (authentik/core/models.py Group.parents). */
    @Override
    public Set<String> parentFields() {
        return Set.of("parents");
    }

    // authentik/core/models.py Group: User.is_superuser is true through any ancestor group
    // (User.all_groups().with_ancestors()), so parents can grant superuser too.
    private static List<FieldRule> table() {
        return List.of(
                byDefault("is_superuser", Values.FALSE).markedSecurity(),
                byDefault("parents", Values.NO_ITEMS).markedSecurity(),
                byDefault("attributes", Values.emptyObject()));
    }
}
