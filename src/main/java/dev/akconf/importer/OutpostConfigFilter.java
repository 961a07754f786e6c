package dev.akconf.importer;

import dev.akconf.diff.JsonEquality;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An outpost's stored {@code config} as akconf writes it: keys in the schema's order, keys equal to
 * {@code default_settings} left out (unless every field is wanted), and keys or patch components the
 * schema does not know left out and named, since akconf would reject them (Authentik stores typos
 * silently). Keys the stored dict lacks are Authentik's defaults already, so they are never written.
 */
final class OutpostConfigFilter {

    /** The config to write and the stored keys that were dropped as unknown. */
    record Result(ObjectNode config, List<String> unknown) {
    }

    private final OutpostSchemaKeys keys;

    OutpostConfigFilter(OutpostSchemaKeys keys) {
        this.keys = keys;
    }

    Result filter(JsonNode stored, ObjectNode defaults, boolean full) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        List<String> unknown = new ArrayList<>();
        if (stored == null || !stored.isObject()) {
            return new Result(out, unknown);
        }
        for (String key : keys.configKeys()) {
            JsonNode value = stored.get(key);
            if (value == null || (!full && isDefault(key, value, defaults))) {
                continue;
            }
            out.set(key, key.equals(OutpostSchemaKeys.PATCHES) ? patches(value, unknown) : value.deepCopy());
        }
        for (String key : stored.propertyNames()) {
            if (!keys.configKeys().contains(key)) {
                unknown.add(key);
            }
        }
        return new Result(out, unknown);
    }

    private static boolean isDefault(String key, JsonNode value, ObjectNode defaults) {
        JsonNode d = defaults.get(key);
        if (d == null) {
            return false; // a server that does not say: keep the value rather than guess
        }
        return key.equals("refresh_interval") ? DurationText.same(value, d) : JsonEquality.equal(value, d);
    }

    private JsonNode patches(JsonNode value, List<String> unknown) {
        if (!value.isObject()) {
            return value.deepCopy();
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (String component : value.propertyNames()) {
            if (keys.patchComponents().contains(component)) {
                out.set(component, value.get(component).deepCopy());
            } else {
                unknown.add(OutpostSchemaKeys.PATCHES + "." + component);
            }
        }
        return out;
    }
}
