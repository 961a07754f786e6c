package dev.akconf.diff;

import dev.akconf.config.Resource;
import dev.akconf.live.LiveState;
import dev.akconf.plan.FieldChange;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.NullNode;

/**
 * Compares an outpost's {@code config} key by declared key. Authentik returns the stored dict verbatim
 * and fills missing keys from defaults when it reads it, so a key the stored dict lacks is compared
 * with {@code default_settings}.
 *
 * <p>{@code kubernetes_json_patches} is one value: declared, it is compared whole (apply writes it
 * whole), so a component only Authentik has is a difference too. {@code null}, a missing key and
 * {@code {}} are the same value, no patches: the controller reads them alike
 * (authentik/outposts/controllers/k8s/base.py {@code get_patch}: {@code if not patches: return None}).
 * The differences are still listed per component, so a plan shows which component changes.
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
            if (key.equals(PATCHES)) {
                patches(resource, e.getValue(), current, changes);
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

    /** Every component that differs, those only in Authentik included (they would be removed). */
    private static void patches(Resource resource, JsonNode desired, JsonNode current, List<FieldChange> changes) {
        JsonNode want = desired.isObject() ? desired : MissingNode.getInstance();
        JsonNode have = current.isObject() ? current : MissingNode.getInstance();
        Set<String> components = new LinkedHashSet<>(want.propertyNames());
        components.addAll(have.propertyNames());
        for (String c : components) {
            JsonNode after = want.path(c);
            JsonNode before = have.path(c);
            if (!JsonEquality.equal(after, before)) {
                String path = "/config/" + PATCHES + "/" + c;
                changes.add(new FieldChange(path, missingAsNull(before), missingAsNull(after), resource.isSecret(path)));
            }
        }
    }

    private static JsonNode missingAsNull(JsonNode v) {
        return v == null || v.isMissingNode() ? NullNode.getInstance() : v;
    }
}
