package dev.akconf.diff;

import dev.akconf.config.FieldIgnore;
import dev.akconf.config.Resource;
import dev.akconf.live.LiveState;
import dev.akconf.kinds.FieldNormalizer;
import dev.akconf.kinds.KeyedField;
import dev.akconf.kinds.Kind;
import dev.akconf.kinds.KindDefaults;
import dev.akconf.kinds.KindSpec;
import dev.akconf.model.FieldRule;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compares a managed object with its declaration: each declared field with its declared value, each
 * writable field the document leaves out with Authentik's default for it (model/KindDefaults), as
 * Terraform compares an optional attribute with a default. Not compared: read-only and
 * server-computed fields, the exceptions KindDefaults lists (service_connection, managed), the keys
 * of a keyed field nobody declared, and whatever the resource's {@code akconf.io/ignore} names. The
 * same normalizers apply to a default as to a declared value (the kind's own, then durations, sets,
 * trimmed text), so a configuration written by import or created by apply plans clean.
 */
public final class Differ {

    private final LiveState live;
    private final Display display;
    private final Map<Kind, FieldNormalizer> normalizers = new EnumMap<>(Kind.class);

    public Differ(LiveState live) {
        this.live = live;
        this.display = new Display(live);
    }

    /** The comparison of the resolved declared fields {@code desired} with the existing {@code liveObject}. */
    public Comparison compare(Resource resource, ObjectNode desired, ObjectNode liveObject) {
        KindSpec spec = resource.kind().spec();
        FieldNormalizer norm = normalizer(resource.kind());
        List<FieldChange> all = diff(resource, desired, liveObject);
        Map<String, JsonNode> defaults = new java.util.HashMap<>();
        for (FieldRule rule : KindDefaults.rules(resource.kind())) {
            JsonNode expected = rule.expected();
            JsonNode current = liveObject.get(rule.field());
            // A field this Authentik version does not return is not compared.
            if (expected == null || desired.has(rule.field()) || current == null) {
                continue;
            }
            JsonNode want = norm.normalize(rule.field(), expected);
            JsonNode have = norm.normalize(rule.field(), current);
            if (!FieldSemantics.same(spec, rule.field(), want, have)) {
                defaults.put(rule.field(), expected);
                all.add(new FieldChange("/" + rule.field(), display.of(spec, rule.field(), have),
                        display.of(spec, rule.field(), want), false, true));
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

    /** An ignored field is never written: apply then keeps (or, for a keyed field, sends back) the live value. */
    private static void remove(ObjectNode body, String pointer) {
        tools.jackson.core.JsonPointer p = tools.jackson.core.JsonPointer.compile(pointer);
        if (body.at(p.head()) instanceof ObjectNode parent) {
            parent.remove(p.last().getMatchingProperty());
        }
    }

    /** Differences between the resolved declared fields {@code desired} and {@code liveObject}. */
    private List<FieldChange> diff(Resource resource, ObjectNode desired, ObjectNode liveObject) {
        KindSpec spec = resource.kind().spec();
        FieldNormalizer norm = normalizer(resource.kind());
        Map<String, KeyedField> keyedFields = resource.kind().adapter().keyedFields();
        List<FieldChange> changes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : desired.properties()) {
            String field = e.getKey();
            KeyedField keyed = keyedFields.get(field);
            if (keyed != null && e.getValue().isObject()) {
                JsonNode defaults = live.keyedDefaults(resource.kind(), field);
                changes.addAll(KeyedDiff.diff(resource, field, keyed, e.getValue(), liveObject.get(field), defaults));
                continue;
            }
            JsonNode want = norm.normalize(field, e.getValue());
            JsonNode have = norm.normalize(field, liveObject.get(field));
            if (!FieldSemantics.same(spec, field, want, have)) {
                changes.add(new FieldChange("/" + field, display.of(spec, field, have),
                        display.of(spec, field, want), resource.isSecret("/" + field)));
            }
        }
        return changes;
    }

    /** Every declared field, for an object that does not exist yet. */
    public List<FieldChange> creation(Resource resource, ObjectNode desired) {
        KindSpec spec = resource.kind().spec();
        FieldNormalizer norm = normalizer(resource.kind());
        List<FieldChange> changes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : desired.properties()) {
            String field = e.getKey();
            changes.add(new FieldChange("/" + field, null, display.of(spec, field, norm.normalize(field, e.getValue())),
                    resource.isSecret("/" + field)));
        }
        return changes;
    }

    /** The kind's normalizer over this live state's tables, made once per kind. */
    private FieldNormalizer normalizer(Kind kind) {
        return normalizers.computeIfAbsent(kind, k -> k.adapter().normalizer(live.refs()));
    }
}
