package dev.akconf.diff;

import dev.akconf.config.Resource;
import dev.akconf.live.LiveState;
import dev.akconf.model.Kind;
import dev.akconf.model.KindSpec;
import dev.akconf.model.KindSpecs;
import dev.akconf.model.RefTarget;
import dev.akconf.plan.FieldChange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compares the fields a resource declares, and only those, with the live object. Undeclared fields,
 * read-only fields and undeclared outpost config keys are never a difference (keycloak-config-cli's
 * "declared fields only" habit, the cure for tfp#956 and tfp#470).
 */
public final class Differ {

    private final LiveState live;
    private final Display display;
    private final Set<String> defaultMappingPks;

    public Differ(LiveState live) {
        this.live = live;
        this.display = new Display(live);
        this.defaultMappingPks = defaultMappingPks(live);
    }

    /** Differences between the resolved declared fields {@code desired} and {@code liveObject}. */
    public List<FieldChange> diff(Resource resource, ObjectNode desired, ObjectNode liveObject) {
        KindSpec spec = KindSpecs.of(resource.kind());
        List<FieldChange> changes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : desired.properties()) {
            String field = e.getKey();
            if (resource.kind() == Kind.OUTPOST && field.equals("config") && e.getValue().isObject()) {
                new OutpostConfigDiff(live).diff(resource, (ObjectNode) e.getValue(), liveObject.get("config"), changes);
                continue;
            }
            JsonNode current = liveObject.get(field);
            Set<String> ignored = ignored(field);
            if (!FieldSemantics.same(spec, field, e.getValue(), current, ignored)) {
                changes.add(new FieldChange("/" + field, display.of(spec, field, current, ignored),
                        display.of(spec, field, e.getValue(), ignored), resource.isSecret("/" + field)));
            }
        }
        return changes;
    }

    /** Every declared field, for an object that does not exist yet. */
    public List<FieldChange> creation(Resource resource, ObjectNode desired) {
        KindSpec spec = KindSpecs.of(resource.kind());
        List<FieldChange> changes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : desired.properties()) {
            String field = e.getKey();
            changes.add(new FieldChange("/" + field, null, display.of(spec, field, e.getValue(), ignored(field)),
                    resource.isSecret("/" + field)));
        }
        return changes;
    }

    private Set<String> ignored(String field) {
        return field.equals("property_mappings") ? defaultMappingPks : Set.of();
    }

    private static Set<String> defaultMappingPks(LiveState live) {
        Set<String> pks = new HashSet<>();
        for (String managed : KindSpecs.PROXY_DEFAULT_MAPPINGS) {
            live.refs().find(RefTarget.SCOPE_MAPPING, managed).ifPresent(o -> pks.add(o.path("pk").asString()));
        }
        return pks;
    }
}
