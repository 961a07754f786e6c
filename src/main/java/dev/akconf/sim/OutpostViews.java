package dev.akconf.sim;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Renders outposts (OutpostSerializer, authentik/outposts/api/outposts.py) and default_settings. */
final class OutpostViews {

    private OutpostViews() {
    }

    static ObjectNode render(Tables t, Links links, ObjectNode s) {
        ObjectNode out = Json.object();
        for (String f : new String[] {"pk", "name", "type", "providers"}) {
            Json.copy(s, out, f);
        }
        ArrayNode providers = out.putArray("providers_obj");
        for (int pk : Json.ints(s.get("providers"))) {
            t.anyProvider(pk).ifPresent(p -> providers.add(ProviderViews.generic(links, p)));
        }
        Json.copy(s, out, "service_connection");
        String sc = Json.text(s, "service_connection");
        ObjectNode connection = sc == null ? null : t.serviceConnections.get(sc);
        out.set("service_connection_obj", connection == null ? Json.NODES.nullNode() : connection.deepCopy());
        out.put("refresh_interval_s", refreshIntervalSeconds(s.get("config")));
        out.put("token_identifier", "ak-outpost-" + Json.text(s, "pk") + "-api");
        // The stored dict verbatim: never merged with the OutpostConfig defaults.
        Json.copy(s, out, "config");
        Json.copy(s, out, "managed");
        return out;
    }

    /**
     * {@code int(timedelta_from_string(obj.config.refresh_interval).total_seconds())}
     * (authentik/outposts/api/outposts.py get_refresh_interval_s); its default minutes=5 when unset.
     * Differs from Authentik: a stored interval that does not parse (only possible by seeding or a
     * direct edit, the API refuses it) makes Authentik's read fail with a 500; here it reads as 300.
     */
    static int refreshIntervalSeconds(JsonNode config) {
        JsonNode interval = config == null ? null : config.get("refresh_interval");
        String text = interval != null && interval.isString() ? interval.stringValue() : "minutes=5";
        return PyTimedelta.parse(text) instanceof PyTimedelta.Parsed p ? (int) p.wholeSeconds() : 300;
    }

    /** {@code {"config": default_outpost_config(request.build_absolute_uri("/"))}}. */
    static ObjectNode defaultSettings(Tables t, String baseUrl) {
        ObjectNode config = t.outpostDefaults.deepCopy();
        config.put("authentik_host", baseUrl);
        ObjectNode out = Json.object();
        out.set("config", config);
        return out;
    }
}
