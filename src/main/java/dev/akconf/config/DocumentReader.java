package dev.akconf.config;

import dev.akconf.diag.Diagnostics;
import dev.akconf.kinds.Kind;
import dev.akconf.kinds.ResourceKey;
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

    /**
     * What reading one document gave: the document with its {@code ${VAR}}s substituted (the parsed one
     * is left as it is; the same when nothing was substituted), and the resource when it is valid.
     */
    record Read(YamlDocument document, Optional<Resource> resource) {
    }

    Read read(YamlDocument parsed, Diagnostics diags) {
        JsonNode parsedRoot = parsed.root();
        if (!parsedRoot.isObject()) {
            diags.error(parsed.start(), "a document must be a mapping with a kind: key, not "
                    + (parsedRoot.isArray() ? "a list" : "a single value") + " (one resource per document, separated by ---)");
            return new Read(parsed, Optional.empty());
        }
        Optional<Kind> kind = kind((ObjectNode) parsedRoot, parsed, diags);
        if (kind.isEmpty()) {
            return new Read(parsed, Optional.empty());
        }
        Diagnostics substitution = new Diagnostics();
        java.util.Map<String, String> secrets = new java.util.HashMap<>();
        JsonNode root = interpolator.substituted(parsedRoot, "", parsed.source(), substitution, secrets);
        YamlDocument doc = new YamlDocument(parsed.file(), parsed.index(), root, parsed.source());
        return new Read(doc, resource(doc, kind.get(), substitution, secrets, diags));
    }

    /** The resource of the substituted document {@code doc}, when valid; its problems go to {@code diags}. */
    private Optional<Resource> resource(YamlDocument doc, Kind kind, Diagnostics substitution, java.util.Map<String, String> secrets,
                                        Diagnostics diags) {
        JsonNode root = doc.root();
        Diagnostics schema = new Diagnostics();
        boolean valid = schemas.validate(kind, doc, schema) && !substitution.hasErrors();
        diags.addAll(substitution);
        // A value whose variable is unset was already reported; the schema's view of the blank left
        // behind ("" is not a URL) would only repeat it.
        java.util.Set<dev.akconf.model.Origin> unset = new java.util.HashSet<>();
        substitution.sorted().forEach(d -> unset.add(d.origin()));
        schema.sorted().stream().filter(d -> !unset.contains(d.origin())).map(d -> masked(d, root, secrets)).forEach(diags::add);
        if (!valid) {
            return Optional.empty();
        }
        ObjectNode spec = root.get("spec") instanceof ObjectNode s ? s : tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        String identity = dev.akconf.kinds.Identities.of(kind, root).orElseThrow();
        String id = root.hasNonNull("id") ? root.get("id").asString() : null;
        State state = State.parse(root.path("state").asString(null));
        java.util.Map<String, String> suppress = new java.util.TreeMap<>();
        root.path(SUPPRESS).properties().forEach(e -> suppress.put(e.getKey(), e.getValue().asString()));
        Diagnostics ignoreProblems = new Diagnostics();
        java.util.List<FieldIgnore> ignore = IgnoreFields.read(kind, doc, ignoreProblems);
        diags.addAll(ignoreProblems);
        if (ignoreProblems.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new Resource(new ResourceKey(kind, identity, shownIdentity(kind, root, secrets)),
                state, id, spec, doc, secrets, suppress, ignore));
    }

    /**
     * The identity as outputs show it when part of it came from a sensitive variable
     * ({@code name: sens-${SOME_TOKEN}} is shown {@code sens-(sensitive value)}), else null. The
     * resource still pairs by its real identity.
     */
    private String shownIdentity(Kind kind, JsonNode root, java.util.Map<String, String> secrets) {
        if (secrets.isEmpty()) {
            return null;
        }
        JsonNode masked = root.deepCopy();
        secrets.forEach((pointer, template) -> {
            tools.jackson.core.JsonPointer p = tools.jackson.core.JsonPointer.compile(pointer);
            JsonNode parent = masked.at(p.head());
            tools.jackson.databind.node.StringNode shown = tools.jackson.databind.node.StringNode.valueOf(interpolator.shown(template));
            if (parent instanceof ObjectNode o) {
                o.set(p.last().getMatchingProperty(), shown);
            } else if (parent instanceof tools.jackson.databind.node.ArrayNode a) {
                a.set(p.last().getMatchingIndex(), shown);
            }
        });
        return dev.akconf.kinds.Identities.of(kind, masked).orElse(null);
    }

    /**
     * The diagnostic with every value taken from a sensitive variable shown as outputs show it: the
     * schema's messages quote the value at fault ({@code "…" is not an http(s) URL}), which here is
     * the secret. Values under 4 characters are left (they would mask ordinary words).
     */
    private dev.akconf.diag.Diagnostic masked(dev.akconf.diag.Diagnostic d, JsonNode root, java.util.Map<String, String> secrets) {
        String message = d.message();
        for (java.util.Map.Entry<String, String> e : secrets.entrySet()) {
            String real = root.at(e.getKey()).asString("");
            if (real.length() >= 4 && message.contains(real)) {
                message = message.replace(real, interpolator.shown(e.getValue()));
            }
        }
        return message.equals(d.message()) ? d : new dev.akconf.diag.Diagnostic(d.severity(), d.origin(), message, d.rule());
    }

    /** The kind and identity a document claims, valid or not, so other documents' references to it are not "undeclared". */
    static Optional<ResourceKey> claimedKey(YamlDocument doc) {
        JsonNode root = doc.root();
        if (!root.isObject() || !root.path("kind").isString()) {
            return Optional.empty();
        }
        return Kind.byLabel(root.get("kind").asString())
                .flatMap(k -> dev.akconf.kinds.Identities.of(k, root).map(id -> new ResourceKey(k, id)));
    }

    static boolean isSettings(YamlDocument doc) {
        return doc.root().isObject() && SETTINGS.equals(doc.root().path("kind").asString(null));
    }

    /** A {@code kind: Settings} document, validated like the rest, as rule settings. */
    Optional<dev.akconf.model.RuleSettings> readSettings(YamlDocument doc, Diagnostics diags) {
        Diagnostics substitution = new Diagnostics();
        doc = new YamlDocument(doc.file(), doc.index(), interpolator.substituted(doc.root(), "", doc.source(), substitution), doc.source());
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
