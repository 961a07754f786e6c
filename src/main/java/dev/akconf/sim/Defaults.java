package dev.akconf.sim;

import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** Authentik 2026.2.2's model defaults and constants the simulator fills in (authentik-api.md §4, §6). */
final class Defaults {

    static final String VERSION = "2026.2.2";
    static final String EMBEDDED_MANAGED = "goauthentik.io/outposts/embedded";
    static final String EMBEDDED_NAME = "authentik Embedded Outpost";

    /**
     * The scope mappings set_oauth_defaults() adds to every proxy provider on each save
     * (authentik/providers/proxy/models.py ProxyProvider.set_oauth_defaults).
     */
    static final List<String> PROXY_SCOPE_MAPPINGS = List.of(
            "goauthentik.io/providers/oauth2/scope-openid",
            "goauthentik.io/providers/oauth2/scope-profile",
            "goauthentik.io/providers/oauth2/scope-email",
            "goauthentik.io/providers/oauth2/scope-entitlements",
            "goauthentik.io/providers/proxy/scope-proxy");

    static final List<String> PROXY_MODES = List.of("proxy", "forward_single", "forward_domain");
    static final List<String> OUTPOST_TYPES = List.of("proxy", "ldap", "radius", "rac");
    static final List<String> POLICY_ENGINE_MODES = List.of("all", "any");
    /** Application.reserved_slugs (authentik/core/models.py): they clash with OAuth2 endpoints. */
    static final List<String> RESERVED_SLUGS = List.of("authorize", "token", "device", "userinfo", "introspect", "revoke");

    /** The instance's install id: User.uid is sha256("<install id>-<user pk>") (authentik/core/models.py). */
    static final String INSTALL_ID = "2bf6d4c3-7f3c-4b5e-9a0d-6c1e8f2a4b7d";
    /** The avatar of a user when avatars are off ("none" mode): Authentik's bundled placeholder. */
    static final String DEFAULT_AVATAR = "/static/dist/assets/images/user_default.png";
    /** A fixed instant for seeded users' timestamps: every fresh simulator shows the same values. */
    static final String SEED_TIME = "2026-01-12T08:30:00Z";

    private Defaults() {
    }

    static ObjectNode version() {
        ObjectNode v = Json.object();
        v.put("version_current", VERSION);
        v.put("version_latest", VERSION);
        v.put("version_latest_valid", true);
        v.put("build_hash", "");
        v.put("outdated", false);
        v.put("outpost_outdated", false);
        return v;
    }

    /** {@code asdict(OutpostConfig())} (authentik/outposts/models.py), authentik_host left empty. */
    static ObjectNode outpostConfig(String namespace) {
        ObjectNode c = Json.object();
        c.put("authentik_host", "");
        c.put("authentik_host_insecure", false);
        c.put("authentik_host_browser", "");
        c.put("log_level", "info");
        c.put("object_naming_template", "ak-outpost-%(name)s");
        c.put("refresh_interval", "minutes=5");
        c.putNull("container_image");
        c.putNull("docker_network");
        c.put("docker_map_ports", true);
        c.putNull("docker_labels");
        c.put("kubernetes_replicas", 1);
        c.put("kubernetes_namespace", namespace);
        c.putObject("kubernetes_ingress_annotations");
        c.put("kubernetes_ingress_secret_name", "authentik-outpost-tls");
        c.putNull("kubernetes_ingress_class_name");
        c.putNull("kubernetes_ingress_path_type");
        c.putObject("kubernetes_httproute_annotations");
        c.putArray("kubernetes_httproute_parent_refs");
        c.put("kubernetes_service_type", "ClusterIP");
        c.putArray("kubernetes_disabled_components");
        c.putArray("kubernetes_image_pull_secrets");
        c.putNull("kubernetes_json_patches");
        return c;
    }

    /** Model defaults of a new proxy provider (fields the request did not send). */
    static ObjectNode proxyProvider() {
        ObjectNode p = Json.object();
        p.putNull("authentication_flow");
        p.putArray("property_mappings");
        p.put("internal_host", "");
        p.put("internal_host_ssl_validation", true);
        p.putNull("certificate");
        p.put("skip_path_regex", "");
        p.put("basic_auth_enabled", false);
        p.put("basic_auth_password_attribute", "");
        p.put("basic_auth_user_attribute", "");
        p.put("mode", "proxy");
        p.put("intercept_header_auth", true);
        p.put("cookie_domain", "");
        p.putArray("jwt_federation_sources");
        p.putArray("jwt_federation_providers");
        // Inherited from OAuth2Provider; the web UI pre-fills hours=24, the model says hours=1.
        p.put("access_token_validity", "hours=1");
        p.put("refresh_token_validity", "days=30");
        return p;
    }

    static ObjectNode application() {
        ObjectNode a = Json.object();
        a.putNull("provider");
        a.putArray("backchannel_providers");
        a.put("open_in_new_tab", false);
        a.put("meta_launch_url", "");
        a.put("meta_icon", "");
        a.put("meta_description", "");
        a.put("meta_publisher", "");
        a.put("policy_engine_mode", "any");
        a.put("group", "");
        return a;
    }

    static ObjectNode outpost() {
        ObjectNode o = Json.object();
        o.put("type", "proxy");
        o.putArray("providers");
        o.putNull("service_connection");
        o.set("config", outpostConfig("default"));
        o.putNull("managed");
        return o;
    }

    /** The Python class an outpost type requires of its providers (OutpostSerializer.validate_providers). */
    static String providerClassFor(String outpostType) {
        return switch (outpostType) {
            case "ldap" -> "LDAPProvider";
            case "radius" -> "RadiusProvider";
            case "rac" -> "RACProvider";
            default -> "ProxyProvider";
        };
    }

    /** The Python class name of a provider from its meta_model_name, e.g. LDAPProvider. */
    static String providerClass(String metaModelName) {
        String model = metaModelName == null ? "" : metaModelName.substring(metaModelName.indexOf('.') + 1);
        return switch (model) {
            case "proxyprovider" -> "ProxyProvider";
            case "ldapprovider" -> "LDAPProvider";
            case "radiusprovider" -> "RadiusProvider";
            case "racprovider" -> "RACProvider";
            case "oauth2provider" -> "OAuth2Provider";
            case "samlprovider" -> "SAMLProvider";
            case "scimprovider" -> "SCIMProvider";
            default -> "Provider";
        };
    }

    /** Group model defaults (authentik/core/models.py Group): no parents, members or roles. */
    static ObjectNode group() {
        ObjectNode g = Json.object();
        g.put("is_superuser", false);
        g.putArray("parents");
        g.putArray("users");
        g.putObject("attributes");
        g.putArray("roles");
        return g;
    }

    /** User model defaults for seeded users (users are read-only in the simulator). */
    static ObjectNode user() {
        ObjectNode u = Json.object();
        u.put("name", "");
        u.put("is_active", true);
        u.putNull("last_login");
        u.put("date_joined", SEED_TIME);
        u.put("email", "");
        u.putObject("attributes");
        u.put("path", "users");
        u.put("type", "internal");
        u.put("password_change_date", SEED_TIME);
        u.put("last_updated", SEED_TIME);
        return u;
    }

    /** An expression policy's constant fields (authentik/policies/expression), the simulator's one policy type. */
    static ObjectNode expressionPolicy() {
        ObjectNode p = Json.object();
        p.put("execution_logging", false);
        p.put("component", "ak-policy-expression-form");
        p.put("verbose_name", "Expression Policy");
        p.put("verbose_name_plural", "Expression Policies");
        p.put("meta_model_name", "authentik_policies_expression.expressionpolicy");
        p.put("expression", "return True");
        return p;
    }

    /** PolicyBinding model defaults (authentik/policies/models.py); order has none, 0 only fills the slot. */
    static ObjectNode policyBinding() {
        ObjectNode b = Json.object();
        b.putNull("policy");
        b.putNull("group");
        b.putNull("user");
        b.put("target", "");
        b.put("negate", false);
        b.put("enabled", true);
        b.put("order", 0);
        b.put("timeout", 30);
        b.put("failure_result", false);
        return b;
    }
}
