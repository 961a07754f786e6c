package dev.akconf.diff;

import dev.akconf.config.FieldIgnore;
import dev.akconf.config.Resource;
import dev.akconf.live.LiveState;
import dev.akconf.model.FieldRule;
import dev.akconf.kinds.Kind;
import dev.akconf.kinds.KindDefaults;
import dev.akconf.kinds.KindSpec;
import dev.akconf.model.RefTarget;
import dev.akconf.plan.FieldChange;
import dev.akconf.plan.IgnoredField;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compares a managed object with its declaration: each declared field with its declared value, each
 * writable field the document leaves out with Authentik's default for it (model/KindDefaults), as
 * Terraform compares an optional attribute with a default. Not compared: read-only and
 * server-computed fields, the exceptions KindDefaults lists (service_connection, managed), outpost
 * config keys nobody declared, and whatever the resource's {@code akconf.io/ignore} names. The same
 * normalizers apply to a default as to a declared value (durations, sets, trimmed text), so a
 * configuration written by import or created by apply plans clean.
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

    /** The comparison of the resolved declared fields {@code desired} with the existing {@code liveObject}. */
    public Comparison compare(Resource resource, ObjectNode desired, ObjectNode liveObject) {
        KindSpec spec = resource.kind().spec();
        List<FieldChange> all = diff(resource, desired, liveObject);
        Map<String, JsonNode> defaults = new java.util.HashMap<>();
        for (FieldRule rule : KindDefaults.rules(resource.kind())) {
            JsonNode expected = rule.expected();
            JsonNode current = liveObject.get(rule.field());
            // A field this Authentik version does not return is not compared.
            if (expected == null || desired.has(rule.field()) || current == null) {
                continue;
            }
            Set<String> ignored = ignored(rule.field());
            if (!FieldSemantics.same(spec, rule.field(), expected, current, ignored)) {
                defaults.put(rule.field(), expected);
                all.add(new FieldChange("/" + rule.field(), display.of(spec, rule.field(), current, ignored),
                        display.of(spec, rule.field(), expected, ignored), false, true));
            }
        }
        ObjectNode body = desired.deepCopy();
        List<FieldChange> changes = new ArrayList<>();
        List<IgnoredField> ignoredFields = new ArrayList<>();
        for (FieldChange f : all) {
            java.util.Optional<FieldIgnore> ignore = resource.ignoring(f.path());
            if (ignore.isPresent()) {
                ignoredFields.add(new IgnoredField(f, ignore.get().reason(), ignore.get().origin()));
            } else {
                changes.add(f);
                if (f.undeclared()) {
                    String field = f.path().substring(1);
                    body.set(field, defaults.get(field).deepCopy());
                }
            }
        }
        resource.ignore().forEach(i -> remove(body, i.pointer()));
        return new Comparison(changes, ignoredFields, body);
    }

    /** An ignored field is never written: apply then keeps (or, for outpost config, sends back) the live value. */
    private static void remove(ObjectNode body, String pointer) {
        tools.jackson.core.JsonPointer p = tools.jackson.core.JsonPointer.compile(pointer);
        if (body.at(p.head()) instanceof ObjectNode parent) {
            parent.remove(p.last().getMatchingProperty());
        }
    }

    /** Differences between the resolved declared fields {@code desired} and {@code liveObject}. */
    private List<FieldChange> diff(Resource resource, ObjectNode desired, ObjectNode liveObject) {
        KindSpec spec = resource.kind().spec();
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
        KindSpec spec = resource.kind().spec();
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
        for (String managed : dev.akconf.kinds.ProxyProviderAdapter.DEFAULT_MAPPINGS) {
            live.refs().find(RefTarget.SCOPE_MAPPING, managed).ifPresent(o -> pks.add(o.path("pk").asString()));
        }
        return pks;
    }
}
