package dev.akconf.diff;

import dev.akconf.config.Resource;
import dev.akconf.kinds.KeyedField;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compares, verifies and writes a {@link KeyedField} (the outpost's {@code config}: the adapter cites
 * why) key by declared key: a key the stored dict lacks is compared with the server's default for it,
 * a {@code whole} key is one value whose differences are still listed per component, so a plan shows
 * which component changes, and a duration key compares by length.
 */
public final class KeyedDiff {

    private KeyedDiff() {
    }

    /** The differences of the declared keys of {@code desired} from {@code stored}, {@code defaults} filling missing keys. */
    static List<FieldChange> diff(Resource resource, String field, KeyedField keyed, JsonNode desired, JsonNode stored,
                                  JsonNode defaults) {
        List<FieldChange> changes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : desired.properties()) {
            String key = e.getKey();
            JsonNode v = stored == null ? null : stored.get(key);
            JsonNode current = v != null ? v : defaults.path(key);
            String path = "/" + field + "/" + key;
            if (keyed.whole().contains(key)) {
                components(resource, path, e.getValue(), current, changes);
                continue;
            }
            if (!same(keyed, key, e.getValue(), current)) {
                changes.add(new FieldChange(path, missingAsNull(current), e.getValue(), resource.isSecret(path)));
            }
        }
        return changes;
    }

    /** After a write: the pointers of the sent keys whose stored value differs (no defaults: they were sent). */
    static List<String> unconfirmed(String field, KeyedField keyed, JsonNode sent, JsonNode now) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : sent.properties()) {
            if (!same(keyed, e.getKey(), e.getValue(), now.path(field).get(e.getKey()))) {
                out.add("/" + field + "/" + e.getKey());
            }
        }
        return out;
    }

    /**
     * The dict with the declared keys laid over {@code base} (the live dict, or the server's defaults for
     * a create). Authentik replaces the whole dict on every write, so keys the configuration does not
     * declare must be sent back as they are; a declared whole key replaces the live one whole
     * ({@code {}} and {@code null} included), as plan compares it.
     */
    public static ObjectNode merge(JsonNode base, JsonNode declared) {
        ObjectNode merged = base instanceof ObjectNode o ? o.deepCopy() : JsonNodeFactory.instance.objectNode();
        if (declared == null || !declared.isObject()) {
            return merged;
        }
        for (Map.Entry<String, JsonNode> e : declared.properties()) {
            merged.set(e.getKey(), e.getValue());
        }
        return merged;
    }

    private static boolean same(KeyedField keyed, String key, JsonNode desired, JsonNode current) {
        return keyed.durations().contains(key) ? FieldSemantics.sameDuration(desired, current) : JsonEquality.equal(desired, current);
    }

    /** Every component that differs, those only in Authentik included (they would be removed). */
    private static void components(Resource resource, String base, JsonNode desired, JsonNode current, List<FieldChange> changes) {
        JsonNode want = desired.isObject() ? desired : MissingNode.getInstance();
        JsonNode have = current.isObject() ? current : MissingNode.getInstance();
        Set<String> components = new LinkedHashSet<>(want.propertyNames());
        components.addAll(have.propertyNames());
        for (String c : components) {
            JsonNode after = want.path(c);
            JsonNode before = have.path(c);
            if (!JsonEquality.equal(after, before)) {
                String path = base + "/" + c;
                changes.add(new FieldChange(path, missingAsNull(before), missingAsNull(after), resource.isSecret(path)));
            }
        }
    }

    private static JsonNode missingAsNull(JsonNode v) {
        return v == null || v.isMissingNode() ? NullNode.getInstance() : v;
    }
}
