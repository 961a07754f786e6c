package dev.akconf.config;

import dev.akconf.diag.Diagnostics;
import dev.akconf.model.Kind;
import dev.akconf.model.ResourceKey;
import dev.akconf.model.State;
import dev.akconf.model.Suggest;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns one YAML document into a {@link Resource}: shape and kind first, then environment
 * substitution, then the kind's JSON Schema. A document with any error yields no resource.
 */
final class DocumentReader {

    /** The top-level key exempting a resource from guardrail rules, with reasons. */
    static final String SUPPRESS = "akconf.io/suppress";
    static final String SETTINGS = "Settings";

    private final Interpolator interpolator;
    private final SchemaValidator schemas;

    DocumentReader(Interpolator interpolator, SchemaValidator schemas) {
        this.interpolator = interpolator;
        this.schemas = schemas;
    }

    Optional<Resource> read(YamlDocument doc, Diagnostics diags) {
        JsonNode root = doc.root();
        if (!root.isObject()) {
            diags.error(doc.start(), "a document must be a mapping with a kind: key, not "
                    + (root.isArray() ? "a list" : "a single value") + " (one resource per document, separated by ---)");
            return Optional.empty();
        }
        Optional<Kind> kind = kind((ObjectNode) root, doc, diags);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        Diagnostics substitution = new Diagnostics();
        java.util.Map<String, String> secrets = new java.util.HashMap<>();
        interpolator.apply(root, "", doc.source(), substitution, secrets);
        Diagnostics schema = new Diagnostics();
        boolean valid = schemas.validate(kind.get(), doc, schema) && !substitution.hasErrors();
        diags.addAll(substitution);
        // A value whose variable is unset was already reported; the schema's view of the blank left
        // behind ("" is not a URL) would only repeat it.
        java.util.Set<dev.akconf.model.Origin> unset = new java.util.HashSet<>();
        substitution.sorted().forEach(d -> unset.add(d.origin()));
        schema.sorted().stream().filter(d -> !unset.contains(d.origin())).forEach(diags::add);
        if (!valid) {
            return Optional.empty();
        }
        ObjectNode spec = root.get("spec") instanceof ObjectNode s ? s : tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        String identity = dev.akconf.model.Identities.of(kind.get(), root).orElseThrow();
        String id = root.hasNonNull("id") ? root.get("id").asString() : null;
        State state = State.parse(root.path("state").asString(null));
        java.util.Map<String, String> suppress = new java.util.TreeMap<>();
        root.path(SUPPRESS).properties().forEach(e -> suppress.put(e.getKey(), e.getValue().asString()));
        Diagnostics ignoreProblems = new Diagnostics();
        java.util.List<FieldIgnore> ignore = IgnoreFields.read(kind.get(), doc, ignoreProblems);
        diags.addAll(ignoreProblems);
        if (ignoreProblems.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new Resource(new ResourceKey(kind.get(), identity), state, id, spec, doc, secrets, suppress, ignore));
    }

    /** The kind and identity a document claims, valid or not, so other documents' references to it are not "undeclared". */
    static Optional<ResourceKey> claimedKey(YamlDocument doc) {
        JsonNode root = doc.root();
        if (!root.isObject() || !root.path("kind").isString()) {
            return Optional.empty();
        }
        return Kind.byLabel(root.get("kind").asString())
                .flatMap(k -> dev.akconf.model.Identities.of(k, root).map(id -> new ResourceKey(k, id)));
    }

    static boolean isSettings(YamlDocument doc) {
        return doc.root().isObject() && SETTINGS.equals(doc.root().path("kind").asString(null));
    }

    /** A {@code kind: Settings} document, validated like the rest, as rule settings. */
    Optional<dev.akconf.model.RuleSettings> readSettings(YamlDocument doc, Diagnostics diags) {
        Diagnostics substitution = new Diagnostics();
        interpolator.apply(doc.root(), "", doc.source(), substitution);
        diags.addAll(substitution);
        if (!schemas.validate("settings.schema.json", doc, diags) || substitution.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(SettingsParser.parse(doc.root().path("spec")));
    }

    private static Optional<Kind> kind(ObjectNode root, YamlDocument doc, Diagnostics diags) {
        JsonNode kindNode = root.get("kind");
        if (kindNode == null) {
            diags.error(doc.start(), "missing required key \"kind\" (one of " + String.join(", ", Kind.labels()) + ", " + SETTINGS + ")");
            return Optional.empty();
        }
        Optional<Kind> kind = kindNode.isString() ? Kind.byLabel(kindNode.asString()) : Optional.empty();
        if (kind.isEmpty()) {
            String text = kindNode.isString() ? "\"" + kindNode.asString() + "\"" : kindNode.toString();
            java.util.List<String> kinds = new java.util.ArrayList<>(Kind.labels());
            kinds.add(SETTINGS);
            diags.error(doc.source().value("/kind"), "unknown kind " + text
                    + (kindNode.isString() ? Suggest.didYouMean(kindNode.asString(), kinds) : "")
                    + " (one of " + String.join(", ", kinds) + ")");
        }
        return kind;
    }
}
