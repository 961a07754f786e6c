package dev.akconf.diff;

import dev.akconf.config.Resource;
import dev.akconf.live.LiveState;
import dev.akconf.plan.FieldChange;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.NullNode;

/**
 * Compares an outpost's {@code config} key by declared key. Authentik returns the stored dict verbatim
 * and fills missing keys from defaults when it reads it, so a key the stored dict lacks is compared
 * with {@code default_settings}. {@code kubernetes_json_patches} is compared per declared component.
 */
final class OutpostConfigDiff {

    static final String PATCHES = "kubernetes_json_patches";

    private final LiveState live;

    OutpostConfigDiff(LiveState live) {
        this.live = live;
    }

    void diff(Resource resource, JsonNode desired, JsonNode stored, List<FieldChange> changes) {
        for (Map.Entry<String, JsonNode> e : desired.properties()) {
            String key = e.getKey();
            JsonNode current = live.outpostConfigValue(stored, key);
            if (key.equals(PATCHES) && e.getValue().isObject()) {
                JsonNode currentPatches = current.isObject() ? current : MissingNode.getInstance();
                for (Map.Entry<String, JsonNode> c : e.getValue().properties()) {
                    JsonNode before = currentPatches.path(c.getKey());
                    if (!JsonEquality.equal(c.getValue(), before)) {
                        String path = "/config/" + PATCHES + "/" + c.getKey();
                        changes.add(new FieldChange(path, missingAsNull(before), c.getValue(), resource.isSecret(path)));
                    }
                }
                continue;
            }
            boolean same = key.equals("refresh_interval")
                    ? FieldSemantics.sameDuration(e.getValue(), current)
                    : JsonEquality.equal(e.getValue(), current);
            if (!same) {
                String path = "/config/" + key;
                changes.add(new FieldChange(path, missingAsNull(current), e.getValue(), resource.isSecret(path)));
            }
        }
    }

    private static JsonNode missingAsNull(JsonNode v) {
        return v == null || v.isMissingNode() ? NullNode.getInstance() : v;
    }
}
