package dev.akconf.kinds;

import static dev.akconf.model.FieldRule.byDefault;
import static dev.akconf.model.FieldRule.required;

import dev.akconf.model.FieldRule;
import dev.akconf.model.RefField;
import dev.akconf.model.RefTarget;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code ProxyProvider}: {@code /providers/proxy/} (authentik/providers/proxy/api.py ProxyProviderSerializer). */
public final class ProxyProviderAdapter extends GenericAdapter {

    /**
     * Scope mappings Authentik adds to every proxy provider on each write (set_oauth_defaults in
     * authentik/providers/proxy/models.py): never a difference, declared or not (tfp#470).
     */
    public static final Set<String> DEFAULT_MAPPINGS = Set.of(
            "goauthentik.io/providers/oauth2/scope-openid",
            "goauthentik.io/providers/oauth2/scope-email",
            "goauthentik.io/providers/oauth2/scope-profile",
            "goauthentik.io/providers/oauth2/scope-entitlements",
            "goauthentik.io/providers/proxy/scope-proxy");

    ProxyProviderAdapter(Kind kind) {
        super(new KindSpec(kind,
                "/providers/proxy/", Map.of(), "pk", "name", "name__iexact",
                List.of("name", "authentication_flow", "authorization_flow", "invalidation_flow", "property_mappings",
                        "internal_host", "external_host", "internal_host_ssl_validation", "certificate", "skip_path_regex",
                        "basic_auth_enabled", "basic_auth_password_attribute", "basic_auth_user_attribute", "mode",
                        "intercept_header_auth", "cookie_domain", "jwt_federation_sources", "jwt_federation_providers",
                        "access_token_validity", "refresh_token_validity"),
                Map.of("authentication_flow", new RefField(RefTarget.FLOW, false),
                        "authorization_flow", new RefField(RefTarget.FLOW, false),
                        "invalidation_flow", new RefField(RefTarget.FLOW, false),
                        "certificate", new RefField(RefTarget.CERTIFICATE, false),
                        "property_mappings", new RefField(RefTarget.SCOPE_MAPPING, true),
                        "jwt_federation_sources", new RefField(RefTarget.SOURCE, true),
                        "jwt_federation_providers", new RefField(RefTarget.PROVIDER, true)),
                Set.of("property_mappings", "jwt_federation_sources", "jwt_federation_providers"),
                Set.of("access_token_validity", "refresh_token_validity"),
                Set.of()), table(), RefTarget.PROVIDER);
    }

    /** The scope mappings of {@link #DEFAULT_MAPPINGS}, by managed id, as one list query. */
    private static final Map<RefTarget, Map<String, List<String>>> DEFAULT_MAPPING_TABLE =
            Map.of(RefTarget.SCOPE_MAPPING, Map.of("managed", List.copyOf(new java.util.TreeSet<>(DEFAULT_MAPPINGS))));

    /**
     * {@code property_mappings} without the five mappings set_oauth_defaults adds on every write
     * (authentik/providers/proxy/models.py): they are never a difference, declared or not, and never shown.
     * Only this kind's field: another provider's property_mappings mean what they say.
     */
    @Override
    public FieldNormalizer normalizer(RefLookup refs) {
        Set<String> pks = new HashSet<>();
        for (String managed : DEFAULT_MAPPINGS) {
            refs.find(RefTarget.SCOPE_MAPPING, managed).ifPresent(o -> pks.add(o.path("pk").asString()));
        }
        return (field, value) -> field.equals("property_mappings") ? without(value, pks) : value;
    }

    private static JsonNode without(JsonNode value, Set<String> pks) {
        if (pks.isEmpty() || value == null || !value.isArray()) {
            return value;
        }
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (JsonNode item : value) {
            if (!item.isValueNode() || !pks.contains(item.asString())) {
                out.add(item);
            }
        }
        return out;
    }

    @Override
    public Map<RefTarget, Map<String, List<String>>> normalizerTables() {
        return DEFAULT_MAPPING_TABLE;
    }

    /**
     * Authentik validates a proxy provider PATCH as if an absent {@code mode} were {@code proxy}
     * (ProxyProviderSerializer.validate reads attrs.get("mode", "proxy") and, on a partial update,
     * attrs holds only the sent fields), so a PATCH of a forward-auth provider without {@code mode}
     * fails with "Internal host cannot be empty". And basic auth's attribute check reads the request
     * body only. So: always send mode, internal_host when mode is proxy, and both attributes when
     * enabling basic auth. See authentik/providers/proxy/api.py.
     */
    @Override
    public void patchCompanions(ObjectNode body, ObjectNode desired, ObjectNode live) {
        body.set("mode", pick("mode", desired, live));
        if ("proxy".equals(body.path("mode").asString(null))) {
            body.set("internal_host", pick("internal_host", desired, live));
        }
        if (body.path("basic_auth_enabled").asBoolean(false)) {
            body.set("basic_auth_user_attribute", pick("basic_auth_user_attribute", desired, live));
            body.set("basic_auth_password_attribute", pick("basic_auth_password_attribute", desired, live));
        }
    }

    private static JsonNode pick(String field, ObjectNode desired, ObjectNode live) {
        JsonNode v = desired.get(field);
        if (v == null) {
            v = live.get(field);
        }
        return v == null ? JsonNodeFactory.instance.nullNode() : v;
    }

    /**
     * {@code /providers/all/} lists every provider type (authentik/core/api/providers.py ProviderViewSet);
     * this kind's list only the proxy providers among them.
     */
    @Override
    public boolean servesTargetPartly() {
        return true;
    }

    // authentik/providers/proxy/models.py ProxyProvider; its OAuth2 fields from
    // authentik/providers/oauth2/models.py OAuth2Provider; the flows and property_mappings from
    // authentik/core/models.py Provider. redirect_uris and client_id are read-only (computed by
    // set_oauth_defaults, authentik/providers/proxy/api.py), so never compared; the five managed scope
    // mappings set_oauth_defaults adds on every write are never a difference (DEFAULT_MAPPINGS).
    private static List<FieldRule> table() {
        return List.of(
                byDefault("authentication_flow", Values.NONE).markedSecurity(),
                required("authorization_flow").markedSecurity(),
                required("invalidation_flow"),
                byDefault("property_mappings", Values.NO_ITEMS),
                byDefault("internal_host", Values.EMPTY),
                required("external_host"),
                byDefault("internal_host_ssl_validation", Values.TRUE).markedSecurity(),
                byDefault("certificate", Values.NONE).markedSecurity(),
                byDefault("skip_path_regex", Values.EMPTY).markedSecurity(),
                byDefault("basic_auth_enabled", Values.FALSE).markedSecurity(),
                byDefault("basic_auth_password_attribute", Values.EMPTY).markedSecurity(),
                byDefault("basic_auth_user_attribute", Values.EMPTY).markedSecurity(),
                byDefault("mode", Values.text("proxy")).markedSecurity(),
                byDefault("intercept_header_auth", Values.TRUE).markedSecurity(),
                byDefault("cookie_domain", Values.EMPTY),
                // "Any JWT signed by the JWK of the selected source can be used to authenticate."
                byDefault("jwt_federation_sources", Values.NO_ITEMS).markedSecurity(),
                byDefault("jwt_federation_providers", Values.NO_ITEMS).markedSecurity(),
                byDefault("access_token_validity", Values.text("hours=1")),
                byDefault("refresh_token_validity", Values.text("days=30")));
    }
}
