package dev.akconf.sim;

import java.util.LinkedHashSet;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Create and update of proxy providers with ProxyProviderSerializer's validation
 * (authentik/providers/proxy/api.py) and the side effects of ProxyProvider.set_oauth_defaults
 * (authentik/providers/proxy/models.py).
 */
final class ProxyProviderWrites {

    private ProxyProviderWrites() {
    }

    static ObjectNode create(Tables t, ObjectNode body) {
        ObjectNode attrs = validate(t, body, false, null);
        ObjectNode stored = Json.object();
        stored.put("pk", t.nextProviderPk());
        stored.put("name", "");
        stored.setAll(Defaults.proxyProvider());
        stored.put("client_id", t.ids.clientId());
        stored.put("external_host", "");
        stored.setAll(attrs);
        addManagedMappings(t, stored);
        t.proxyProviders.put(stored.get("pk").intValue(), stored);
        return stored;
    }

    static ObjectNode update(Tables t, ObjectNode stored, ObjectNode body, boolean partial) {
        ObjectNode attrs = validate(t, body, partial, stored.get("pk").intValue());
        stored.setAll(attrs);
        addManagedMappings(t, stored);
        return stored;
    }

    /**
     * set_oauth_defaults() runs on every create and update (ProxyProviderSerializer.create/update):
     * it adds, never removes, the managed scope mappings that exist on the server.
     */
    static void addManagedMappings(Tables t, ObjectNode stored) {
        Set<String> mappings = new LinkedHashSet<>(Json.strings(stored.get("property_mappings")));
        for (ObjectNode m : t.scopeMappings.values()) {
            String managed = Json.text(m, "managed");
            if (managed != null && Defaults.PROXY_SCOPE_MAPPINGS.contains(managed)) {
                mappings.add(Json.text(m, "pk"));
            }
        }
        ArrayNode out = stored.putArray("property_mappings");
        mappings.forEach(out::add);
    }

    /** The validated attributes, in serializer field order, or a 400 with every field error. */
    private static ObjectNode validate(Tables t, ObjectNode data, boolean partial, Integer self) {
        Body b = new Body(data, partial);
        ObjectNode attrs = Json.object();
        JsonNode name = Scalars.string(b, "name", true, false, false);
        if (name != null && nameTaken(t, name.stringValue(), self)) {
            // Provider.name is unique=True; DRF's UniqueValidator text uses the model's verbose name.
            b.errors.add("name", "provider with this name already exists.");
            name = null;
        }
        put(attrs, "name", name);
        put(attrs, "authentication_flow", Refs.uuid(b, "authentication_flow", false, true, t.flows::containsKey));
        put(attrs, "authorization_flow", Refs.uuid(b, "authorization_flow", true, false, t.flows::containsKey));
        put(attrs, "invalidation_flow", Refs.uuid(b, "invalidation_flow", true, false, t.flows::containsKey));
        put(attrs, "property_mappings", Refs.uuids(b, "property_mappings", false, t.scopeMappings::containsKey));
        put(attrs, "internal_host", Scalars.url(b, "internal_host", false, true, UrlCheck.HTTP));
        put(attrs, "external_host", Scalars.url(b, "external_host", true, false, UrlCheck.HTTP));
        put(attrs, "internal_host_ssl_validation", Scalars.bool(b, "internal_host_ssl_validation", false));
        put(attrs, "certificate", Refs.uuid(b, "certificate", false, true, t.certificates::containsKey));
        put(attrs, "skip_path_regex", Scalars.string(b, "skip_path_regex", false, true, false));
        JsonNode basicAuth = Scalars.bool(b, "basic_auth_enabled", false);
        if (basicAuth != null && basicAuth.booleanValue() && (blankInitial(data, "basic_auth_password_attribute")
                || blankInitial(data, "basic_auth_user_attribute"))) {
            // validate_basic_auth_enabled reads self.initial_data: the attributes must be in this body.
            b.errors.add("basic_auth_enabled", "User and password attributes must be set when basic auth is enabled.");
            basicAuth = null;
        }
        put(attrs, "basic_auth_enabled", basicAuth);
        put(attrs, "basic_auth_password_attribute", Scalars.string(b, "basic_auth_password_attribute", false, true, false));
        put(attrs, "basic_auth_user_attribute", Scalars.string(b, "basic_auth_user_attribute", false, true, false));
        put(attrs, "mode", Scalars.choice(b, "mode", false, Defaults.PROXY_MODES));
        put(attrs, "intercept_header_auth", Scalars.bool(b, "intercept_header_auth", false));
        put(attrs, "cookie_domain", Scalars.string(b, "cookie_domain", false, true, false));
        // No JWT source is ever seeded, so every source uuid is unknown here.
        put(attrs, "jwt_federation_sources", Refs.uuids(b, "jwt_federation_sources", false, pk -> false));
        // ManyToManyField("OAuth2Provider") (authentik/providers/oauth2/models.py): proxy providers are
        // OAuth2 providers too, and so are plain OAuth2 providers seeded under /providers/all/.
        put(attrs, "jwt_federation_providers", Refs.integers(b, "jwt_federation_providers", false,
                pk -> t.proxyProviders.containsKey(pk) || t.otherProviders.containsKey(pk)
                        && "OAuth2Provider".equals(Defaults.providerClass(Json.text(t.otherProviders.get(pk), "meta_model_name")))));
        put(attrs, "access_token_validity", Scalars.duration(b, "access_token_validity", false));
        put(attrs, "refresh_token_validity", Scalars.duration(b, "refresh_token_validity", false));
        b.errors.throwIfAny();
        checkModeNeedsInternalHost(attrs);
        return attrs;
    }

    /**
     * ProxyProviderSerializer.validate: {@code attrs.get("mode", "proxy") == "proxy" and
     * attrs.get("internal_host", "") == ""}. On PATCH attrs holds only the fields sent, so a PATCH
     * without mode is checked as mode proxy and fails without a non-empty internal_host, whatever
     * the stored mode is (authentik-api.md §4.1).
     */
    private static void checkModeNeedsInternalHost(ObjectNode attrs) {
        String mode = attrs.has("mode") ? attrs.get("mode").stringValue() : "proxy";
        String internal = attrs.has("internal_host") ? attrs.get("internal_host").stringValue() : "";
        if (mode.equals("proxy") && internal.isEmpty()) {
            throw ApiError.field("internal_host", "Internal host cannot be empty when forward auth is disabled.");
        }
    }

    /** {@code self.initial_data.get(field, "") == ""}: absent or exactly "" in the raw body. */
    private static boolean blankInitial(ObjectNode data, String field) {
        JsonNode v = data.get(field);
        return v == null || v.isString() && v.stringValue().isEmpty();
    }

    static boolean nameTaken(Tables t, String name, Integer self) {
        return t.proxyProviders.values().stream().anyMatch(p -> sameNameOther(p, name, self))
                || t.otherProviders.values().stream().anyMatch(p -> sameNameOther(p, name, self));
    }

    private static boolean sameNameOther(ObjectNode p, String name, Integer self) {
        return name.equals(Json.text(p, "name")) && (self == null || p.get("pk").intValue() != self);
    }

    static void put(ObjectNode attrs, String field, JsonNode value) {
        if (value != null) {
            attrs.set(field, value);
        }
    }
}
