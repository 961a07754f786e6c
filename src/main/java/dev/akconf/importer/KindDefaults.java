package dev.akconf.importer;

import dev.akconf.model.Kind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * What Authentik 2026.2.2 stores for a field nobody set (model defaults, authentik-api.md §4.1 and
 * §4.4), so import can leave such fields out, and the fields a create needs, which it always keeps.
 * The required lists mirror the schemas' "present" rules; a test keeps them in step.
 */
final class KindDefaults {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonNode EMPTY = NODES.stringNode("");
    private static final JsonNode NONE = NODES.nullNode();
    private static final JsonNode NO_ITEMS = NODES.arrayNode();

    private static final Map<String, JsonNode> PROXY_PROVIDER = Map.ofEntries(
            Map.entry("mode", NODES.stringNode("proxy")),
            Map.entry("internal_host", EMPTY),
            Map.entry("internal_host_ssl_validation", NODES.booleanNode(true)),
            Map.entry("intercept_header_auth", NODES.booleanNode(true)),
            Map.entry("basic_auth_enabled", NODES.booleanNode(false)),
            Map.entry("basic_auth_user_attribute", EMPTY),
            Map.entry("basic_auth_password_attribute", EMPTY),
            Map.entry("skip_path_regex", EMPTY),
            Map.entry("cookie_domain", EMPTY),
            Map.entry("certificate", NONE),
            Map.entry("authentication_flow", NONE),
            Map.entry("access_token_validity", NODES.stringNode("hours=1")),
            Map.entry("refresh_token_validity", NODES.stringNode("days=30")),
            Map.entry("property_mappings", NO_ITEMS),
            Map.entry("jwt_federation_sources", NO_ITEMS),
            Map.entry("jwt_federation_providers", NO_ITEMS));

    private static final Map<String, JsonNode> APPLICATION = Map.of(
            "provider", NONE,
            "backchannel_providers", NO_ITEMS,
            "open_in_new_tab", NODES.booleanNode(false),
            "meta_launch_url", EMPTY,
            "meta_icon", EMPTY,
            "meta_description", EMPTY,
            "meta_publisher", EMPTY,
            "policy_engine_mode", NODES.stringNode("any"),
            "group", EMPTY);

    // An outpost's config is filtered key by key against default_settings (OutpostConfigFilter);
    // what is left of it is dropped when empty.
    private static final Map<String, JsonNode> OUTPOST = Map.of(
            "service_connection", NONE,
            "config", NODES.objectNode());

    private static final Map<String, JsonNode> SCOPE_MAPPING = Map.of("description", EMPTY);

    private static final Map<String, JsonNode> GROUP = Map.of(
            "is_superuser", NODES.booleanNode(false),
            "parents", NO_ITEMS,
            "attributes", NODES.objectNode());

    // authentik/policies/models.py PolicyBinding defaults; order has none.
    private static final Map<String, JsonNode> POLICY_BINDING = Map.of(
            "negate", NODES.booleanNode(false),
            "enabled", NODES.booleanNode(true),
            "timeout", NODES.numberNode(30),
            "failure_result", NODES.booleanNode(false));

    private KindDefaults() {
    }

    /** Authentik's value for {@code field} when it was never set; empty when there is none. */
    static Optional<JsonNode> of(Kind kind, String field) {
        return Optional.ofNullable(table(kind).get(field));
    }

    /** Spec fields a document must declare for Authentik to create the object. */
    static Set<String> required(Kind kind) {
        return switch (kind) {
            case PROXY_PROVIDER -> Set.of("authorization_flow", "invalidation_flow", "external_host");
            case APPLICATION -> Set.of("name");
            case OUTPOST -> Set.of("type", "providers");
            case SCOPE_MAPPING -> Set.of("scope_name", "expression");
            case GROUP -> Set.of();
            case POLICY_BINDING -> Set.of("order");
        };
    }

    /** The spec fields a document may hold: the writable fields minus the identity and what Authentik manages. */
    static List<String> specFields(Kind kind, List<String> writable) {
        // A binding's target and subject are its identity keys, written beside spec.
        Set<String> keys = kind == Kind.POLICY_BINDING ? Set.of("target", "group", "user", "policy") : Set.of();
        return writable.stream().filter(f -> !f.equals(kind.identityField()) && !f.equals("managed") && !keys.contains(f)).toList();
    }

    private static Map<String, JsonNode> table(Kind kind) {
        return switch (kind) {
            case PROXY_PROVIDER -> PROXY_PROVIDER;
            case APPLICATION -> APPLICATION;
            case OUTPOST -> OUTPOST;
            case SCOPE_MAPPING -> SCOPE_MAPPING;
            case GROUP -> GROUP;
            case POLICY_BINDING -> POLICY_BINDING;
        };
    }
}
