package dev.akconf.sim;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Create and update of OAuth2 scope mappings (ScopeMappingSerializer, authentik/providers/oauth2/api/scopes.py).
 * The expression is stored as sent: the server's Python syntax check is not emulated.
 */
final class ScopeMappingWrites {

    private ScopeMappingWrites() {
    }

    static ObjectNode create(Tables t, ObjectNode body) {
        ObjectNode attrs = validate(t, body, false, null);
        ObjectNode stored = Json.object();
        stored.put("pk", t.ids.uuid());
        stored.putNull("managed");
        stored.put("name", "");
        stored.put("expression", "");
        stored.put("component", "ak-property-mapping-provider-scope-form");
        stored.put("verbose_name", "Scope Mapping");
        stored.put("verbose_name_plural", "Scope Mappings");
        stored.put("meta_model_name", "authentik_providers_oauth2.scopemapping");
        stored.put("scope_name", "");
        stored.put("description", "");
        stored.setAll(attrs);
        t.scopeMappings.put(Json.text(stored, "pk"), stored);
        return stored;
    }

    static ObjectNode update(Tables t, ObjectNode stored, ObjectNode body, boolean partial) {
        stored.setAll(validate(t, body, partial, Json.text(stored, "pk")));
        return stored;
    }

    private static ObjectNode validate(Tables t, ObjectNode data, boolean partial, String self) {
        Body b = new Body(data, partial);
        ObjectNode attrs = Json.object();
        JsonNode managed = Scalars.string(b, "managed", false, false, true);
        if (managed != null && managed.isString() && taken(t, "managed", managed.stringValue(), self)) {
            b.errors.add("managed", "Property Mapping with this Managed by authentik already exists.");
        } else {
            ProxyProviderWrites.put(attrs, "managed", managed);
        }
        JsonNode name = Scalars.string(b, "name", true, false, false);
        if (name != null && taken(t, "name", name.stringValue(), self)) {
            b.errors.add("name", "Property Mapping with this name already exists.");
        } else {
            ProxyProviderWrites.put(attrs, "name", name);
        }
        ProxyProviderWrites.put(attrs, "expression", Scalars.string(b, "expression", true, false, false));
        JsonNode scope = Scalars.string(b, "scope_name", true, false, false);
        if (scope != null && scope.stringValue().contains(" ")) {
            // ScopeMappingSerializer.scope_name's no_space validator (authentik/providers/oauth2/api/scopes.py),
            // run on the stripped text: only an inner ASCII space counts (a tab passes).
            b.errors.add("scope_name", "Value must not contain spaces.");
        } else {
            ProxyProviderWrites.put(attrs, "scope_name", scope);
        }
        ProxyProviderWrites.put(attrs, "description", Scalars.string(b, "description", false, true, false));
        b.errors.throwIfAny();
        return attrs;
    }

    private static boolean taken(Tables t, String field, String value, String self) {
        return t.scopeMappings.values().stream()
                .anyMatch(m -> value.equals(Json.text(m, field)) && !Json.text(m, "pk").equals(self));
    }
}
