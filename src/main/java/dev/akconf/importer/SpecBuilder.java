package dev.akconf.importer;

import dev.akconf.diff.JsonEquality;
import dev.akconf.kinds.BindingNames;
import dev.akconf.live.LiveState;
import dev.akconf.kinds.Kind;
import dev.akconf.kinds.KindDefaults;
import dev.akconf.kinds.KindSpec;
import dev.akconf.model.RefField;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns one live object into the document akconf would declare for it: writable fields only, in
 * the kind's order, references by name, Authentik's defaults left out (unless {@code full}), the
 * fields a create needs always kept, sensitive values replaced by {@code ${VAR}} placeholders.
 */
final class SpecBuilder {

    private static final String UUID = "(?i)[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}";

    private final LiveState live;
    private final ImportOptions options;
    private final Consumer<String> warn;
    private final References references;
    private final OutpostConfigFilter outpostConfig;

    SpecBuilder(LiveState live, ImportOptions options, OutpostSchemaKeys outpostKeys, Consumer<String> warn) {
        this.live = live;
        this.options = options;
        this.warn = warn;
        this.references = new References(new ReverseResolver(live.refs()));
        this.outpostConfig = new OutpostConfigFilter(outpostKeys);
    }

    ImportedDocument build(Kind kind, ObjectNode object) {
        KindSpec spec = kind.spec();
        boolean binding = kind == Kind.POLICY_BINDING;
        String identity = binding ? BindingNames.identity(object, live.refs()) : object.path(spec.liveIdentity()).asString();
        ObjectNode keys = binding ? BindingNames.yamlKeys(object, live.refs())
                : JsonNodeFactory.instance.objectNode().put(kind.identityField(), identity);
        Draft d = new Draft(kind, identity);
        if (kind == Kind.OUTPOST && dev.akconf.kinds.OutpostAdapter.EMBEDDED_MANAGED.equals(object.path("managed").asString(null))) {
            d.notes.add("Authentik creates and owns this outpost; akconf only ever updates it.");
        }
        for (String field : KindDefaults.specFields(kind, spec.writable())) {
            JsonNode value = object.get(field);
            if (value == null) {
                continue; // a field this Authentik version does not have
            }
            if (options.sensitive(kind).contains(field)) {
                sensitive(d, field, value);
                continue;
            }
            Optional<JsonNode> written = convert(d, spec, field, value);
            if (written.isPresent() && (options.full() || KindDefaults.required(kind).contains(field)
                    || !isDefault(spec, field, written.get()))) {
                d.spec.set(field, Escapes.escape(written.get()));
            }
        }
        // A comment on a field that ended up not written (equal to the default) still says something.
        d.comments.forEach((field, lines) -> {
            if (!d.spec.has(field)) {
                lines.forEach(l -> d.notes.add("spec." + field + ": " + l));
            }
        });
        return new ImportedDocument(kind, identity, keys, d.spec, d.comments, d.notes, Map.of());
    }

    /** The value in YAML space, or empty when it must be left out (already explained in a note). */
    private Optional<JsonNode> convert(Draft d, KindSpec spec, String field, JsonNode value) {
        RefField ref = spec.refs().get(field);
        if (ref != null) {
            // --full writes the five mappings Authentik adds too: the complete value, which plan ignores anyway.
            boolean dropServerAdded = field.equals("property_mappings") && !options.full();
            References.Named named = references.name(ref, value, dropServerAdded, spec.sets().contains(field));
            if (named.complete()) {
                return Optional.of(named.value());
            }
            String problem = ref.target().noun() + " " + String.join(", ", named.unresolved()) + " could not be looked up by name";
            if (KindDefaults.required(spec.kind()).contains(field)) {
                d.comment(field, "Written as Authentik's ids: the " + ref.target().noun() + " could not be looked up by name.");
                warn.accept(d.key() + ": spec." + field + " written as ids: " + problem);
                return Optional.of(value.deepCopy());
            }
            d.notes.add("spec." + field + " is left out (so not compared): the " + ref.target().noun()
                    + " it points at could not be looked up by name.");
            warn.accept(d.key() + ": spec." + field + " left out: " + problem);
            return Optional.empty();
        }
        if (spec.durations().contains(field) && value.isString()) {
            return duration(d, field, value.asString());
        }
        if (spec.kind() == Kind.OUTPOST && field.equals("config")) {
            OutpostConfigFilter.Result r = outpostConfig.filter(value, live.outpostDefaults(), options.full());
            if (!r.unknown().isEmpty()) {
                d.comment(field, "Left out, unknown to akconf (Authentik ignores them): " + String.join(", ", r.unknown()) + ".");
                warn.accept(d.key() + ": config keys unknown to akconf left out: " + String.join(", ", r.unknown()));
            }
            return Optional.of(r.config());
        }
        if (value.isArray() && value.toString().matches(".*\"" + UUID + "\".*")) {
            d.comment(field, "Authentik's ids: akconf does not look these up by name.");
        }
        return Optional.of(value.deepCopy());
    }

    private Optional<JsonNode> duration(Draft d, String field, String text) {
        Optional<String> ok = DurationText.acceptable(text);
        if (ok.isEmpty()) {
            warn.accept(d.key() + ": spec." + field + " \"" + text + "\" is not a duration akconf accepts; written as is");
            return Optional.of(JsonNodeFactory.instance.stringNode(text));
        }
        if (!ok.get().equals(text)) {
            d.comment(field, "Authentik holds \"" + text + "\", which it reads as " + ok.get() + ".");
        }
        return Optional.of(JsonNodeFactory.instance.stringNode(ok.get()));
    }

    private void sensitive(Draft d, String field, JsonNode value) {
        KindSpec spec = (d.kind).spec();
        if (value.isNull() || (!options.full() && isDefault(spec, field, value))) {
            return;
        }
        String env = Placeholders.envName(d.kind, d.identity, field);
        d.comment(field, "Sensitive: set " + env + " in the environment (import never writes the value).");
        d.spec.put(field, Placeholders.reference(env));
    }

    private static boolean isDefault(KindSpec spec, String field, JsonNode value) {
        Optional<JsonNode> def = KindDefaults.of(spec.kind(), field);
        if (def.isEmpty()) {
            return false;
        }
        if (spec.durations().contains(field)) {
            return DurationText.same(value, def.get());
        }
        if (value.isArray() && def.get().isArray() && spec.sets().contains(field)) {
            return asSet(value).equals(asSet(def.get()));
        }
        return JsonEquality.equal(value, def.get());
    }

    private static Set<String> asSet(JsonNode list) {
        Set<String> out = new HashSet<>();
        list.forEach(item -> out.add(item.toString()));
        return out;
    }

    /** A document being built. */
    private static final class Draft {
        final Kind kind;
        final String identity;
        final ObjectNode spec = JsonNodeFactory.instance.objectNode();
        final Map<String, List<String>> comments = new LinkedHashMap<>();
        final List<String> notes = new ArrayList<>();

        Draft(Kind kind, String identity) {
            this.kind = kind;
            this.identity = identity;
        }

        void comment(String field, String line) {
            comments.computeIfAbsent(field, f -> new ArrayList<>()).add(line);
        }

        String key() {
            return kind.label() + " \"" + identity + "\"";
        }
    }
}
