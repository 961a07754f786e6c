package dev.akconf.sim;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Create and update of groups with GroupSerializer's validation (authentik/core/api/groups.py).
 * The superuser-flag permission check (validate_is_superuser) always passes: the simulator's one
 * token is a superuser's.
 */
final class GroupWrites {

    private GroupWrites() {
    }

    static ObjectNode create(Tables t, ObjectNode body) {
        ObjectNode attrs = validate(t, body, false, null);
        ObjectNode stored = Json.object();
        stored.put("pk", t.ids.uuid());
        stored.put("name", "");
        stored.setAll(Defaults.group());
        stored.setAll(attrs);
        t.groups.put(Json.text(stored, "pk"), stored);
        return stored;
    }

    static ObjectNode update(Tables t, ObjectNode stored, ObjectNode body, boolean partial) {
        stored.setAll(validate(t, body, partial, Json.text(stored, "pk")));
        return stored;
    }

    private static ObjectNode validate(Tables t, ObjectNode data, boolean partial, String self) {
        Body b = new Body(data, partial);
        ObjectNode attrs = Json.object();
        JsonNode name = Scalars.string(b, "name", true, false, false);
        if (name != null && t.groups.values().stream()
                .anyMatch(g -> name.stringValue().equals(Json.text(g, "name")) && !Json.text(g, "pk").equals(self))) {
            // Group.name is unique=True: DRF's UniqueValidator with "%(model_name)s with this
            // %(field_label)s already exists." and the model's verbose names ("Group", "name").
            b.errors.add("name", "Group with this name already exists.");
        } else {
            ProxyProviderWrites.put(attrs, "name", name);
        }
        ProxyProviderWrites.put(attrs, "is_superuser", Scalars.bool(b, "is_superuser", false));
        ArrayNode parents = Refs.uuids(b, "parents", false, t.groups::containsKey);
        // No self-parent check: validate_parent went with the digraph hierarchy (#17050, 2025.12);
        // GroupSerializer in authentik/core/api/groups.py (2026.2.2) accepts a group as its own parent,
        // and GroupAncestryNode's recursive view (authentik/core/models.py) tolerates the cycle.
        ProxyProviderWrites.put(attrs, "parents", dedupeStrings(parents));
        ArrayNode users = Refs.integers(b, "users", false, t.users::containsKey);
        if (users == null && !partial && !b.sent("users")) {
            // extra_kwargs {"users": {"default": list}}: a POST or PUT without users sets none.
            users = Json.array();
        }
        ProxyProviderWrites.put(attrs, "users", ApplicationWrites.dedupe(users));
        ProxyProviderWrites.put(attrs, "attributes", dict(b, "attributes"));
        // No roles exist in the simulator, so every role uuid is unknown.
        ProxyProviderWrites.put(attrs, "roles", Refs.uuids(b, "roles", false, pk -> false));
        b.errors.throwIfAny();
        return attrs;
    }

    /** JSONDictField (authentik/core/api/utils.py): only objects. */
    static JsonNode dict(Body b, String field) {
        JsonNode v = b.begin(field, false, false);
        if (v == null) {
            return null;
        }
        if (!v.isObject()) {
            b.errors.add(field, "Value must be a dictionary, and not have any duplicate keys.");
            return null;
        }
        return v.deepCopy();
    }

    private static ArrayNode dedupeStrings(ArrayNode values) {
        return values == null ? null : Json.arrayOfStrings(Json.strings(values).stream().distinct().toList());
    }
}
