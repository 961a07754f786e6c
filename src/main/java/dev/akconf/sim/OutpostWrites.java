package dev.akconf.sim;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Create and update of outposts with OutpostSerializer's validation (authentik/outposts/api/outposts.py):
 * the embedded outpost's fixed name, provider types matching the outpost type, non-empty provider
 * lists (except for the embedded outpost) and the dacite check of {@code config}, which is stored
 * verbatim and replaced wholesale whenever a body carries it.
 */
final class OutpostWrites {

    private OutpostWrites() {
    }

    static ObjectNode create(Tables t, ObjectNode body) {
        ObjectNode attrs = validate(t, body, false, null);
        ObjectNode stored = Json.object();
        stored.put("pk", t.ids.uuid());
        stored.put("name", "");
        stored.setAll(Defaults.outpost());
        stored.setAll(attrs);
        t.outposts.put(Json.text(stored, "pk"), stored);
        return stored;
    }

    static ObjectNode update(Tables t, ObjectNode stored, ObjectNode body, boolean partial) {
        ObjectNode attrs = validate(t, body, partial, stored);
        if (attrs.has("name") && Defaults.EMBEDDED_NAME.equals(Json.text(stored, "name"))) {
            // validate_name re-adopts an outpost named like the embedded one as the managed embedded outpost.
            stored.put("managed", Defaults.EMBEDDED_MANAGED);
        }
        stored.setAll(attrs);
        return stored;
    }

    private static ObjectNode validate(Tables t, ObjectNode data, boolean partial, ObjectNode instance) {
        Body b = new Body(data, partial);
        ObjectNode attrs = Json.object();
        String self = instance == null ? null : Json.text(instance, "pk");
        boolean embedded = instance != null && Defaults.EMBEDDED_MANAGED.equals(Json.text(instance, "managed"));
        JsonNode name = Scalars.string(b, "name", true, false, false);
        if (name != null && taken(t, "name", name.stringValue(), self)) {
            b.errors.add("name", "outpost with this name already exists.");
        } else if (name != null && embedded && !Defaults.EMBEDDED_NAME.equals(name.stringValue())) {
            b.errors.add("name", "Embedded outpost's name cannot be changed");
        } else {
            ProxyProviderWrites.put(attrs, "name", name);
        }
        // extra_kwargs = {"type": {"required": True}}: required on POST and PUT, optional on PATCH.
        ProxyProviderWrites.put(attrs, "type", Scalars.choice(b, "type", true, Defaults.OUTPOST_TYPES));
        ArrayNode providers = Refs.integers(b, "providers", true, t::providerExists);
        if (providers != null) {
            Optional<String> error = checkProviders(t, data.get("type"), providers, embedded);
            if (error.isPresent()) {
                b.errors.add("providers", error.get());
            } else {
                ProxyProviderWrites.put(attrs, "providers", ApplicationWrites.dedupe(providers));
            }
        }
        ProxyProviderWrites.put(attrs, "service_connection",
                Refs.uuid(b, "service_connection", false, true, t.serviceConnections::containsKey));
        ProxyProviderWrites.put(attrs, "config", config(b));
        JsonNode managed = Scalars.string(b, "managed", false, false, true);
        if (managed != null && managed.isString() && taken(t, "managed", managed.stringValue(), self)) {
            b.errors.add("managed", "outpost with this Managed by authentik already exists.");
        } else {
            ProxyProviderWrites.put(attrs, "managed", managed);
        }
        b.errors.throwIfAny();
        return attrs;
    }

    /**
     * validate_providers: each provider must be the class of the {@code type} in the raw body
     * (initial_data), any provider when the body has no type; the list may be empty only for the
     * embedded outpost.
     */
    private static Optional<String> checkProviders(Tables t, JsonNode rawType, ArrayNode providers, boolean embedded) {
        if (rawType != null && !rawType.isNull()) {
            String type = PyRepr.str(rawType);
            if (!rawType.isString() || !Defaults.OUTPOST_TYPES.contains(type)) {
                if (!providers.isEmpty()) {
                    // type_map[self.initial_data.get("type")] raises KeyError: the server answers 500.
                    throw new ServerFault("KeyError: " + PyRepr.repr(rawType));
                }
            } else {
                String wanted = Defaults.providerClassFor(type);
                for (int pk : Json.ints(providers)) {
                    String actual = providerClass(t, pk);
                    if (!actual.equals(wanted)) {
                        return Optional.of("Outpost type " + type + " can't be used with " + actual + " providers.");
                    }
                }
            }
        }
        if (!embedded && providers.isEmpty()) {
            return Optional.of("This list may not be empty.");
        }
        return Optional.empty();
    }

    private static String providerClass(Tables t, int pk) {
        if (t.proxyProviders.containsKey(pk)) {
            return "ProxyProvider";
        }
        return Defaults.providerClass(Json.text(t.otherProviders.get(pk), "meta_model_name"));
    }

    /** JSONDictField (authentik/core/api/utils.py) then validate_config. */
    private static JsonNode config(Body b) {
        JsonNode v = b.begin("config", true, false);
        if (v == null) {
            return null;
        }
        if (!v.isObject()) {
            b.errors.add("config", "Value must be a dictionary, and not have any duplicate keys.");
            return null;
        }
        Optional<String> error = OutpostConfigCheck.check(v);
        if (error.isPresent()) {
            b.errors.add("config", error.get());
            return null;
        }
        return v.deepCopy();
    }

    private static boolean taken(Tables t, String field, String value, String self) {
        List<ObjectNode> all = List.copyOf(t.outposts.values());
        return all.stream().anyMatch(o -> value.equals(Json.text(o, field)) && !Json.text(o, "pk").equals(self));
    }
}
