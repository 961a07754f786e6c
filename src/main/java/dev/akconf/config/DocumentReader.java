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
        Diagnostics local = new Diagnostics();
        java.util.Set<String> secrets = new java.util.HashSet<>();
        interpolator.apply(root, "", doc.source(), local, secrets);
        boolean valid = schemas.validate(kind.get(), doc, local) && !local.hasErrors();
        diags.addAll(local);
        if (!valid) {
            return Optional.empty();
        }
        ObjectNode spec = root.get("spec") instanceof ObjectNode s ? s : tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        String identity = root.get(kind.get().identityField()).asString();
        String id = root.hasNonNull("id") ? root.get("id").asString() : null;
        State state = State.parse(root.path("state").asString(null));
        return Optional.of(new Resource(new ResourceKey(kind.get(), identity), state, id, spec, doc, secrets));
    }

    private static Optional<Kind> kind(ObjectNode root, YamlDocument doc, Diagnostics diags) {
        JsonNode kindNode = root.get("kind");
        if (kindNode == null) {
            diags.error(doc.start(), "missing required key \"kind\" (one of " + String.join(", ", Kind.labels()) + ")");
            return Optional.empty();
        }
        Optional<Kind> kind = kindNode.isString() ? Kind.byLabel(kindNode.asString()) : Optional.empty();
        if (kind.isEmpty()) {
            String text = kindNode.isString() ? "\"" + kindNode.asString() + "\"" : kindNode.toString();
            diags.error(doc.source().value("/kind"), "unknown kind " + text
                    + (kindNode.isString() ? Suggest.didYouMean(kindNode.asString(), Kind.labels()) : "")
                    + " (one of " + String.join(", ", Kind.labels()) + ")");
        }
        return kind;
    }
}
