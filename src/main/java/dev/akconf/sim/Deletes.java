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
     * it: Provider.backchannel_application is a ForeignKey with on_delete=CASCADE.
     */
    static void application(Tables t, ObjectNode app) {
        t.applications.remove(Json.text(app, "pk"));
        for (int pk : Json.ints(app.get("backchannel_providers"))) {
            provider(t, pk);
        }
    }

    static void outpost(Tables t, ObjectNode outpost) {
        t.outposts.remove(Json.text(outpost, "pk"));
    }

    /** A scope mapping leaves every provider's property_mappings (M2M). */
    static void scopeMapping(Tables t, ObjectNode mapping) {
        String pk = Json.text(mapping, "pk");
        t.scopeMappings.remove(pk);
        for (ObjectNode p : t.proxyProviders.values()) {
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
