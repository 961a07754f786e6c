package dev.akconf.sim;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Deletes with the database's on_delete effects on the objects that refer to the deleted one. */
final class Deletes {

    private Deletes() {
    }

    /**
     * A provider leaves every outpost (M2M), its application's {@code provider} becomes null
     * (Application.provider on_delete=SET_DEFAULT, default None) and it leaves backchannel lists
     * and other providers' jwt_federation_providers (authentik/core/models.py).
     */
    static void provider(Tables t, int pk) {
        t.proxyProviders.remove(pk);
        t.otherProviders.remove(pk);
        for (ObjectNode outpost : t.outposts.values()) {
            removeInt(outpost, "providers", pk);
        }
        for (ObjectNode app : t.applications.values()) {
            JsonNode p = app.get("provider");
            if (p != null && p.isIntegralNumber() && p.intValue() == pk) {
                app.putNull("provider");
            }
            removeInt(app, "backchannel_providers", pk);
        }
        for (ObjectNode other : t.proxyProviders.values()) {
            removeInt(other, "jwt_federation_providers", pk);
        }
    }

    /**
     * An application goes; its main provider stays, but its backchannel providers are deleted with
     * it: Provider.backchannel_application is a ForeignKey with on_delete=CASCADE. So are its policy
     * bindings (PolicyBinding.target, on_delete=CASCADE, authentik/policies/models.py).
     */
    static void application(Tables t, ObjectNode app) {
        String pk = Json.text(app, "pk");
        t.applications.remove(pk);
        for (int provider : Json.ints(app.get("backchannel_providers"))) {
            provider(t, provider);
        }
        bindingsWhere(t, "target", pk);
    }

    /**
     * A flow goes (only through {@link SimState#delete}: flows are read-only over the API) with its
     * bindings (target CASCADE) and the providers whose authorization_flow it is (CASCADE); providers
     * using it for authentication or invalidation keep null there (SET_NULL / SET_DEFAULT None).
     */
    static void flow(Tables t, ObjectNode flow) {
        String pk = Json.text(flow, "pk");
        t.flows.remove(pk);
        bindingsWhere(t, "target", pk);
        List<ObjectNode> providers = new java.util.ArrayList<>(t.proxyProviders.values());
        providers.addAll(t.otherProviders.values());
        for (ObjectNode p : providers) {
            if (pk.equals(Json.text(p, "authorization_flow"))) {
                provider(t, p.get("pk").intValue());
                continue;
            }
            for (String f : List.of("authentication_flow", "invalidation_flow")) {
                if (pk.equals(Json.text(p, f))) {
                    p.putNull(f);
                }
            }
        }
    }

    /**
     * A group leaves its children's parents (the GroupParentageNode rows CASCADE) and takes the
     * bindings whose subject it is with it (PolicyBinding.group, on_delete=CASCADE).
     */
    static void group(Tables t, ObjectNode group) {
        String pk = Json.text(group, "pk");
        t.groups.remove(pk);
        for (ObjectNode other : t.groups.values()) {
            List<String> parents = Json.strings(other.get("parents"));
            if (parents.remove(pk)) {
                other.set("parents", Json.arrayOfStrings(parents));
            }
        }
        bindingsWhere(t, "group", pk);
    }

    /** A policy goes with its bindings (PolicyBinding.policy, on_delete=CASCADE). */
    static void policy(Tables t, ObjectNode policy) {
        String pk = Json.text(policy, "pk");
        t.policies.remove(pk);
        bindingsWhere(t, "policy", pk);
    }

    /** A user (only through {@link SimState#delete}) leaves every group and takes its bindings with it. */
    static void user(Tables t, ObjectNode user) {
        int pk = user.get("pk").intValue();
        t.users.remove(pk);
        for (ObjectNode g : t.groups.values()) {
            removeInt(g, "users", pk);
        }
        t.bindings.values().removeIf(b -> b.path("user").isIntegralNumber() && b.get("user").intValue() == pk);
    }

    private static void bindingsWhere(Tables t, String field, String pk) {
        t.bindings.values().removeIf(b -> pk.equals(Json.text(b, field)));
    }

    static void outpost(Tables t, ObjectNode outpost) {
        t.outposts.remove(Json.text(outpost, "pk"));
    }

    /** A scope mapping leaves every provider's property_mappings (M2M), whatever the provider's type. */
    static void scopeMapping(Tables t, ObjectNode mapping) {
        String pk = Json.text(mapping, "pk");
        t.scopeMappings.remove(pk);
        List<ObjectNode> providers = new java.util.ArrayList<>(t.proxyProviders.values());
        providers.addAll(t.otherProviders.values());
        for (ObjectNode p : providers) {
            List<String> ids = Json.strings(p.get("property_mappings"));
            if (ids.remove(pk)) {
                p.set("property_mappings", Json.arrayOfStrings(ids));
            }
        }
    }

    private static void removeInt(ObjectNode o, String field, int pk) {
        List<Integer> ids = Json.ints(o.get(field));
        if (ids.remove(Integer.valueOf(pk))) {
            o.set(field, Json.arrayOfInts(ids));
        }
    }
}
