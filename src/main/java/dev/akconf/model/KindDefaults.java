package dev.akconf.model;

import dev.akconf.model.FieldRule.Undeclared;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * One table per kind of every writable spec field: Authentik 2026.2.2's default for a field nobody
 * set (what import leaves out and what plan expects of a field a document leaves out), the fields a
 * create needs, the exceptions that are not compared when undeclared, and the security-relevant
 * fields. Import, plan, apply and drift all read this table and nothing else. Every default is the
 * model's at tag version/2026.2.2 (file cited per table); a Django TextField with blank=True and no
 * default stores "" (Field.get_default), a nullable ForeignKey without one stores None, a
 * ManyToManyField starts empty. A test keeps each table complete against the kind's descriptor.
 */
public final class KindDefaults {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonNode EMPTY = NODES.stringNode("");
    private static final JsonNode NONE = NODES.nullNode();
    private static final JsonNode NO_ITEMS = NODES.arrayNode();
    private static final JsonNode TRUE = NODES.booleanNode(true);
    private static final JsonNode FALSE = NODES.booleanNode(false);

    // authentik/providers/proxy/models.py ProxyProvider; its OAuth2 fields from
    // authentik/providers/oauth2/models.py OAuth2Provider; the flows and property_mappings from
    // authentik/core/models.py Provider. redirect_uris and client_id are read-only (computed by
    // set_oauth_defaults, authentik/providers/proxy/api.py), so never compared; the five managed scope
    // mappings set_oauth_defaults adds on every write are never a difference (KindSpecs).
    private static final List<FieldRule> PROXY_PROVIDER = List.of(
            def("authentication_flow", NONE).markedSecurity(),
            required("authorization_flow").markedSecurity(),
            required("invalidation_flow"),
            def("property_mappings", NO_ITEMS),
            def("internal_host", EMPTY),
            required("external_host"),
            def("internal_host_ssl_validation", TRUE).markedSecurity(),
            def("certificate", NONE).markedSecurity(),
            def("skip_path_regex", EMPTY).markedSecurity(),
            def("basic_auth_enabled", FALSE).markedSecurity(),
            def("basic_auth_password_attribute", EMPTY).markedSecurity(),
            def("basic_auth_user_attribute", EMPTY).markedSecurity(),
            def("mode", NODES.stringNode("proxy")).markedSecurity(),
            def("intercept_header_auth", TRUE).markedSecurity(),
            def("cookie_domain", EMPTY),
            // "Any JWT signed by the JWK of the selected source can be used to authenticate."
            def("jwt_federation_sources", NO_ITEMS).markedSecurity(),
            def("jwt_federation_providers", NO_ITEMS).markedSecurity(),
            def("access_token_validity", NODES.stringNode("hours=1")),
            def("refresh_token_validity", NODES.stringNode("days=30")));

    // authentik/core/models.py Application; policy_engine_mode from authentik/policies/models.py
    // PolicyBindingModel. meta_icon is authentik/admin/files/fields.py FileField, a TextField: "".
    // provider is compared too: nothing in Authentik assigns an application's provider by itself
    // (OneToOneField, default None), and attaching one is what makes an application reachable.
    private static final List<FieldRule> APPLICATION = List.of(
            required("name"),
            def("provider", NONE).markedSecurity(),
            def("backchannel_providers", NO_ITEMS),
            def("open_in_new_tab", FALSE),
            def("meta_launch_url", EMPTY),
            def("meta_icon", EMPTY),
            def("meta_description", EMPTY),
            def("meta_publisher", EMPTY),
            def("policy_engine_mode", NODES.stringNode("any")).markedSecurity(),
            def("group", EMPTY));

    // authentik/outposts/models.py Outpost (type and providers are required by the schema).
    private static final List<FieldRule> OUTPOST = List.of(
            required("type"),
            required("providers"),
            authentik("service_connection", NONE, "Authentik gives the embedded outpost one at first start "
                    + "(authentik/outposts/apps.py embedded_outpost); resetting it would stop Authentik deploying the outpost"),
            new FieldRule("config", Undeclared.PER_KEY, NODES.objectNode(), false, "undeclared keys belong to Authentik "
                    + "and its admin dashboard (which writes authentik_host); missing keys read from default_settings"),
            authentik("managed", NONE, "the embedded outpost's marker (authentik/blueprints/models.py ManagedModel): "
                    + "resetting it would orphan the outpost Authentik recreates at start"));

    // authentik/providers/oauth2/models.py ScopeMapping; expression from authentik/core/models.py PropertyMapping.
    private static final List<FieldRule> SCOPE_MAPPING = List.of(
            required("scope_name"),
            required("expression"),
            def("description", EMPTY));

    // authentik/core/models.py Group: User.is_superuser is true through any ancestor group
    // (User.all_groups().with_ancestors()), so parents can grant superuser too.
    private static final List<FieldRule> GROUP = List.of(
            def("is_superuser", FALSE).markedSecurity(),
            def("parents", NO_ITEMS).markedSecurity(),
            def("attributes", NODES.objectNode()));

    // authentik/policies/models.py PolicyBinding; order has no default. failure_result true lets a
    // request through when the policy errors.
    private static final List<FieldRule> POLICY_BINDING = List.of(
            def("negate", FALSE).markedSecurity(),
            def("enabled", TRUE).markedSecurity(),
            required("order"),
            def("timeout", NODES.numberNode(30)),
            def("failure_result", FALSE).markedSecurity());

    private static final Map<Kind, Map<String, FieldRule>> TABLES = tables();

    private KindDefaults() {
    }

    /** Every rule of the kind, in the API's field order. */
    public static List<FieldRule> rules(Kind kind) {
        return List.copyOf(TABLES.get(kind).values());
    }

    public static Optional<FieldRule> rule(Kind kind, String field) {
        return Optional.ofNullable(TABLES.get(kind).get(field));
    }

    /** The value import leaves out for {@code field}: Authentik's value when it was never set; empty when there is none. */
    public static Optional<JsonNode> of(Kind kind, String field) {
        return rule(kind, field).map(FieldRule::value);
    }

    /** Whether a change at {@code pointer} (e.g. {@code /skip_path_regex}) can widen access. */
    public static boolean security(Kind kind, String pointer) {
        String field = pointer.substring(1).split("/", 2)[0];
        return rule(kind, field).map(FieldRule::security).orElse(false);
    }

    /** Spec fields a document must declare for Authentik to create the object. */
    public static Set<String> required(Kind kind) {
        return TABLES.get(kind).values().stream().filter(r -> r.undeclared() == Undeclared.REQUIRED)
                .map(FieldRule::field).collect(Collectors.toUnmodifiableSet());
    }

    /** The spec fields a document may hold: the writable fields minus the identity and what Authentik manages. */
    public static List<String> specFields(Kind kind, List<String> writable) {
        // A binding's target and subject are its identity keys, written beside spec.
        Set<String> keys = kind == Kind.POLICY_BINDING ? Set.of("target", "group", "user", "policy") : Set.of();
        return writable.stream().filter(f -> !f.equals(kind.identityField()) && !f.equals("managed") && !keys.contains(f)).toList();
    }

    private static FieldRule def(String field, JsonNode value) {
        return new FieldRule(field, Undeclared.DEFAULT, value, false, null);
    }

    private static FieldRule required(String field) {
        return new FieldRule(field, Undeclared.REQUIRED, null, false, null);
    }

    private static FieldRule authentik(String field, JsonNode importDefault, String why) {
        return new FieldRule(field, Undeclared.AUTHENTIK, importDefault, false, why);
    }

    private static Map<Kind, Map<String, FieldRule>> tables() {
        Map<Kind, Map<String, FieldRule>> out = new java.util.EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            List<FieldRule> rules = switch (kind) {
                case PROXY_PROVIDER -> PROXY_PROVIDER;
                case APPLICATION -> APPLICATION;
                case OUTPOST -> OUTPOST;
                case SCOPE_MAPPING -> SCOPE_MAPPING;
                case GROUP -> GROUP;
                case POLICY_BINDING -> POLICY_BINDING;
            };
            Map<String, FieldRule> byField = new LinkedHashMap<>();
            rules.forEach(r -> byField.put(r.field(), r));
            out.put(kind, java.util.Collections.unmodifiableMap(byField));
        }
        return out;
    }
}
