package dev.akconf.diff;

import dev.akconf.kinds.Kind;
import dev.akconf.kinds.KindSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * After a write, names the fields whose live value still differs from what was sent, with the
 * same normalizers as plan: Authentik accepted the request but normalised or ignored a value.
 */
public final class WriteVerifier {

    private WriteVerifier() {
    }

    /**
     * @param sent              the body that was written
     * @param live              the object as re-read afterwards
     * @param defaultMappingPks pks of the scope mappings Authentik adds to every proxy provider
     * @return JSON pointers of the fields that did not take
     */
    public static List<String> unconfirmed(KindSpec spec, JsonNode sent, JsonNode live, Set<String> defaultMappingPks) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : sent.properties()) {
            String field = e.getKey();
            if (spec.kind() == Kind.OUTPOST && field.equals("config") && e.getValue().isObject()) {
                for (Map.Entry<String, JsonNode> c : e.getValue().properties()) {
                    JsonNode now = live.path("config").get(c.getKey());
                    boolean same = c.getKey().equals("refresh_interval")
                            ? FieldSemantics.sameDuration(c.getValue(), now) : JsonEquality.equal(c.getValue(), now);
                    if (!same) {
                        out.add("/config/" + c.getKey());
                    }
                }
                continue;
            }
            Set<String> ignored = field.equals("property_mappings") ? defaultMappingPks : Set.of();
            if (!FieldSemantics.same(spec, field, e.getValue(), live.get(field), ignored)) {
                out.add("/" + field);
            }
        }
        return out;
    }
}
