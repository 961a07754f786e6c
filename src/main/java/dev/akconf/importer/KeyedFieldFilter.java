package dev.akconf.importer;

import dev.akconf.diff.JsonEquality;
import dev.akconf.kinds.KeyedField;
import dev.akconf.kinds.KeyedFieldKeys;
import dev.akconf.kinds.Kind;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A field the adapter says Authentik keeps key by key ({@link KeyedField}: an outpost's stored
 * {@code config}) as akconf writes it: keys in the schema's order, keys equal to the server's
 * defaults ({@code default_settings}) left out (unless every field is wanted), and keys or the keys
 * of a whole key (patch components) the schema does not know ({@link KeyedFieldKeys}) left out and named, since akconf would reject
 * them (Authentik stores typos silently). Keys the stored dict lacks are Authentik's defaults
 * already, so they are never written.
 */
final class KeyedFieldFilter {

    /** The value to write and the stored keys that were dropped as unknown. */
    record Result(ObjectNode value, List<String> unknown) {
    }

    private final Kind kind;
    private final String field;
    private final KeyedField keyed;
    private final List<String> known;

    KeyedFieldFilter(Kind kind, String field, KeyedField keyed) {
        this.kind = kind;
        this.field = field;
        this.keyed = keyed;
        this.known = KeyedFieldKeys.keys(kind, field);
    }

    /** @param defaults the server's value of each key nobody set (a missing node when not read) */
    Result filter(JsonNode stored, JsonNode defaults, boolean full) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        List<String> unknown = new ArrayList<>();
        if (stored == null || !stored.isObject()) {
            return new Result(out, unknown);
        }
        for (String key : known) {
            JsonNode value = stored.get(key);
            if (value == null || (!full && isDefault(key, value, defaults))) {
                continue;
            }
            out.set(key, keyed.whole().contains(key) ? nested(key, value, unknown) : value.deepCopy());
        }
        for (String key : stored.propertyNames()) {
            if (!known.contains(key)) {
                unknown.add(key);
            }
        }
        return new Result(out, unknown);
    }

    private boolean isDefault(String key, JsonNode value, JsonNode defaults) {
        JsonNode d = defaults.get(key);
        if (d == null) {
            return false; // a server that does not say: keep the value rather than guess
        }
        return keyed.durations().contains(key) ? DurationText.same(value, d) : JsonEquality.equal(value, d);
    }

    private JsonNode nested(String key, JsonNode value, List<String> unknown) {
        if (!value.isObject()) {
            return value.deepCopy();
        }
        List<String> inside = KeyedFieldKeys.nested(kind, field, key);
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (String inner : value.propertyNames()) {
            if (inside.contains(inner)) {
                out.set(inner, value.get(inner).deepCopy());
            } else {
                unknown.add(key + "." + inner);
            }
        }
        return out;
    }
}
