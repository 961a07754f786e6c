package dev.akconf.sim;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns seed objects (fixture entries or objects added by tests and benchmarks) into stored
 * objects: keeps the writable fields and the primary key, fills model defaults, drops read-only
 * fields (they are recomputed on every read). No validation: seeds are trusted.
 */
final class Seeding {

    static final List<String> PROXY_FIELDS = List.of("name", "authentication_flow", "authorization_flow",
            "invalidation_flow", "property_mappings", "client_id", "internal_host", "external_host",
            "internal_host_ssl_validation", "certificate", "skip_path_regex", "basic_auth_enabled",
            "basic_auth_password_attribute", "basic_auth_user_attribute", "mode", "intercept_header_auth",
            "cookie_domain", "jwt_federation_sources", "jwt_federation_providers", "access_token_validity",
            "refresh_token_validity");
    static final List<String> APPLICATION_FIELDS = List.of("name", "slug", "provider", "backchannel_providers",
            "open_in_new_tab", "meta_launch_url", "meta_icon", "meta_description", "meta_publisher",
            "policy_engine_mode", "group");
    static final List<String> OUTPOST_FIELDS = List.of("name", "type", "providers", "service_connection", "config",
            "managed");
    static final List<String> GROUP_FIELDS = List.of("name", "is_superuser", "parents", "users", "attributes", "roles");
    static final List<String> USER_FIELDS = List.of("username", "name", "is_active", "last_login", "date_joined",
            "email", "attributes", "path", "type", "uuid", "password_change_date", "last_updated");
    static final List<String> BINDING_FIELDS = List.of("policy", "group", "user", "target", "negate", "enabled",
            "order", "timeout", "failure_result");
    /** Computed by PolicySerializer: never stored. */
    private static final List<String> POLICY_READ_ONLY = List.of("bound_to");
    private static final List<String> PROVIDER_READ_ONLY = List.of("assigned_application_slug",
            "assigned_application_name", "assigned_backchannel_application_slug", "assigned_backchannel_application_name");

    private Seeding() {
    }

    static ObjectNode proxyProvider(Tables t, JsonNode seed) {
        ObjectNode s = Json.object();
        s.put("pk", seed.path("pk").isIntegralNumber() ? seed.get("pk").intValue() : t.nextProviderPk());
        s.put("name", "");
        s.setAll(Defaults.proxyProvider());
        s.put("client_id", t.ids.clientId());
        s.put("external_host", "");
        // Seeds may omit the two required flows: use the default ones a fresh install has, if present.
        // (The model allows null, the response schema does not; providers created before 2024.10 can
        // really have a null invalidation_flow.)
        s.set("authorization_flow", flowPk(t, "default-provider-authorization-implicit-consent"));
        s.set("invalidation_flow", flowPk(t, "default-provider-invalidation-flow"));
        keep(seed, s, PROXY_FIELDS);
        return s;
    }

    private static JsonNode flowPk(Tables t, String slug) {
        return t.flowBySlug(slug).map(f -> f.get("pk").deepCopy()).orElse(Json.NODES.nullNode());
    }

    static ObjectNode otherProvider(JsonNode seed) {
        ObjectNode s = ((ObjectNode) seed).deepCopy();
        s.remove(PROVIDER_READ_ONLY);
        return s;
    }

    static ObjectNode application(Tables t, JsonNode seed) {
        ObjectNode s = Json.object();
        s.put("pk", pkOrNew(t, seed));
        s.put("name", "");
        s.put("slug", "");
        s.setAll(Defaults.application());
        keep(seed, s, APPLICATION_FIELDS);
        return s;
    }

    static ObjectNode outpost(Tables t, JsonNode seed) {
        ObjectNode s = Json.object();
        s.put("pk", pkOrNew(t, seed));
        s.put("name", "");
        s.setAll(Defaults.outpost());
        s.set("config", t.outpostDefaults.deepCopy());
        keep(seed, s, OUTPOST_FIELDS);
        return s;
    }

    /**
     * A group; membership is the group's {@code users} list (a seeded user's {@code groups} is
     * derived from the groups, not read).
     */
    static ObjectNode group(Tables t, JsonNode seed) {
        ObjectNode s = Json.object();
        s.put("pk", pkOrNew(t, seed));
        s.put("name", "");
        s.setAll(Defaults.group());
        keep(seed, s, GROUP_FIELDS);
        return s;
    }

    /** A user: integer pk (the next free one unless given), a uuid generated unless given. */
    static ObjectNode user(Tables t, JsonNode seed) {
        ObjectNode s = Json.object();
        s.put("pk", seed.path("pk").isIntegralNumber() ? seed.get("pk").intValue() : t.nextUserPk());
        s.put("username", "");
        s.setAll(Defaults.user());
        keep(seed, s, USER_FIELDS);
        if (Json.text(s, "uuid") == null) {
            s.put("uuid", t.ids.uuid());
        }
        return s;
    }

    /** A policy: as given (an expression policy's constant fields by default), bound_to dropped. */
    static ObjectNode policy(Tables t, JsonNode seed) {
        ObjectNode s = Json.object();
        s.put("pk", pkOrNew(t, seed));
        s.put("name", "");
        s.setAll(Defaults.expressionPolicy());
        ((ObjectNode) seed).properties().forEach(e -> {
            if (!e.getKey().equals("pk") && !POLICY_READ_ONLY.contains(e.getKey())) {
                s.set(e.getKey(), e.getValue().deepCopy());
            }
        });
        return s;
    }

    /** A policy binding; the three {@code *_obj} fields are computed, so dropped. */
    static ObjectNode binding(Tables t, JsonNode seed) {
        ObjectNode s = Json.object();
        s.put("pk", pkOrNew(t, seed));
        s.setAll(Defaults.policyBinding());
        keep(seed, s, BINDING_FIELDS);
        return s;
    }

    /** A flow, scope mapping, certificate or service connection: stored as given, pk canonical. */
    static ObjectNode verbatim(Tables t, JsonNode seed) {
        ObjectNode s = ((ObjectNode) seed).deepCopy();
        s.put("pk", pkOrNew(t, seed));
        return s;
    }

    private static String pkOrNew(Tables t, JsonNode seed) {
        String pk = Json.text(seed, "pk");
        return pk == null ? t.ids.uuid() : Refs.canonicalUuid(pk).orElse(pk);
    }

    private static void keep(JsonNode seed, ObjectNode stored, List<String> fields) {
        for (String f : fields) {
            JsonNode v = seed.get(f);
            if (v != null) {
                stored.set(f, v.deepCopy());
            }
        }
    }
}
