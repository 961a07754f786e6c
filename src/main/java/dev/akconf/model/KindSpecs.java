package dev.akconf.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The descriptors of the kinds akconf manages (fields from Authentik 2026.2.2's request models). */
public final class KindSpecs {

    /** Managed id of the embedded outpost, which Authentik creates itself and akconf only updates. */
    public static final String EMBEDDED_OUTPOST_MANAGED = "goauthentik.io/outposts/embedded";
    public static final String EMBEDDED_OUTPOST_NAME = "authentik Embedded Outpost";

    /**
     * Scope mappings Authentik adds to every proxy provider on each write (set_oauth_defaults in
     * authentik/providers/proxy/models.py): never a difference, declared or not (tfp#470).
     */
    public static final Set<String> PROXY_DEFAULT_MAPPINGS = Set.of(
            "goauthentik.io/providers/oauth2/scope-openid",
            "goauthentik.io/providers/oauth2/scope-email",
            "goauthentik.io/providers/oauth2/scope-profile",
            "goauthentik.io/providers/oauth2/scope-entitlements",
            "goauthentik.io/providers/proxy/scope-proxy");

    public static final KindSpec PROXY_PROVIDER = new KindSpec(Kind.PROXY_PROVIDER,
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
            Set.of());

    public static final KindSpec APPLICATION = new KindSpec(Kind.APPLICATION,
            "/core/applications/",
            // Without it Authentik lists only the applications the token's user passes policies for,
            // cached per user for 24 h (authentik-api.md §2.2).
            Map.of("superuser_full_list", List.of("true")),
            "slug", "slug", "slug",
            List.of("name", "slug", "provider", "backchannel_providers", "open_in_new_tab", "meta_launch_url",
                    "meta_icon", "meta_description", "meta_publisher", "policy_engine_mode", "group"),
            Map.of("provider", new RefField(RefTarget.PROVIDER, false),
                    "backchannel_providers", new RefField(RefTarget.PROVIDER, true)),
            Set.of("backchannel_providers"),
            Set.of(),
            Set.of());

    public static final KindSpec OUTPOST = new KindSpec(Kind.OUTPOST,
            "/outposts/instances/", Map.of(), "pk", "name", "name__iexact",
            List.of("name", "type", "providers", "service_connection", "config", "managed"),
            Map.of("providers", new RefField(RefTarget.PROVIDER, true),
                    "service_connection", new RefField(RefTarget.SERVICE_CONNECTION, false)),
            Set.of("providers"),
            Set.of(),
            Set.of());

    public static final KindSpec SCOPE_MAPPING = new KindSpec(Kind.SCOPE_MAPPING,
            "/propertymappings/provider/scope/", Map.of(), "pk", "name", "name",
            List.of("name", "scope_name", "expression", "description"),
            Map.of(), Set.of(), Set.of(), Set.of());

    public static final KindSpec GROUP = new KindSpec(Kind.GROUP,
            "/core/groups/", Map.of(), "pk", "name", "name",
            // users (membership) is deliberately not managed: the schema refuses it.
            List.of("name", "is_superuser", "parents", "attributes"),
            Map.of("parents", new RefField(RefTarget.GROUP, true)),
            Set.of("parents"), Set.of(), Set.of());

    /** Identified by target and subject (see {@link Identities}); its live identity is composed, not one field. */
    public static final KindSpec POLICY_BINDING = new KindSpec(Kind.POLICY_BINDING,
            "/policies/bindings/", Map.of(), "pk", null, null,
            List.of("target", "group", "user", "policy", "negate", "enabled", "order", "timeout", "failure_result"),
            Map.of("target", new RefField(RefTarget.APPLICATION, false),
                    "group", new RefField(RefTarget.GROUP, false),
                    "user", new RefField(RefTarget.USER, false),
                    "policy", new RefField(RefTarget.POLICY, false)),
            Set.of(), Set.of(), Set.of());

    private KindSpecs() {
    }

    public static KindSpec of(Kind kind) {
        return switch (kind) {
            case SCOPE_MAPPING -> SCOPE_MAPPING;
            case GROUP -> GROUP;
            case PROXY_PROVIDER -> PROXY_PROVIDER;
            case APPLICATION -> APPLICATION;
            case OUTPOST -> OUTPOST;
            case POLICY_BINDING -> POLICY_BINDING;
        };
    }
}
