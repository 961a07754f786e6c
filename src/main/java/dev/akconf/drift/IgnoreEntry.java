package dev.akconf.drift;

import dev.akconf.config.SourceMap;
import dev.akconf.config.YamlDocument;
import dev.akconf.diag.Diagnostics;
import dev.akconf.kinds.Kind;
import dev.akconf.model.Paths;
import dev.akconf.model.Suggest;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** One entry of an ignore file, checked key by key with positions. */
final class IgnoreEntry {

    private final YamlDocument doc;
    private final String pointer;
    private final Diagnostics diags;
    private final JsonNode node;
    private boolean ok = true;

    IgnoreEntry(YamlDocument doc, String pointer, Diagnostics diags) {
        this.doc = doc;
        this.pointer = pointer;
        this.diags = diags;
        this.node = doc.root().at(pointer);
    }

    Optional<IgnoreRule> rule() {
        if (!node.isObject()) {
            error(pointer, "an entry is a mapping with kind, name, reason and optionally path");
            return Optional.empty();
        }
        for (String key : node.propertyNames()) {
            if (!IgnoreFileReader.KEYS.contains(key)) {
                fail(doc.source().key(SourceMap.child(pointer, key)), "unknown key \"" + key + "\""
                        + Suggest.didYouMean(key, IgnoreFileReader.KEYS) + " (an entry has kind, name, path, reason)");
            }
        }
        Optional<Kind> kind = kind();
        String name = text("name", "the resource's name (slug for an Application)");
        String reason = text("reason", "why this difference is accepted, for the next reviewer");
        String path = node.has("path") ? path(kind) : null;
        if (!ok || kind.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new IgnoreRule(kind.get(), name, path, reason.strip(), doc.source().value(pointer)));
    }

    private Optional<Kind> kind() {
        JsonNode v = node.get("kind");
        if (v == null) {
            error(pointer, "missing kind (one of " + String.join(", ", Kind.labels()) + ")");
            return Optional.empty();
        }
        Optional<Kind> kind = v.isString() ? Kind.byLabel(v.asString()) : Optional.empty();
        if (kind.isEmpty()) {
            error(pointer + "/kind", "unknown kind " + v + (v.isString() ? Suggest.didYouMean(v.asString(), Kind.labels()) : "")
                    + " (one of " + String.join(", ", Kind.labels()) + ")");
        }
        return kind;
    }

    private String text(String key, String what) {
        JsonNode v = node.get(key);
        if (v == null) {
            error(pointer, "missing " + key + ": " + what);
            return null;
        }
        if (!v.isString() || v.asString().isBlank()) {
            error(pointer + "/" + key, key + " must be non-empty text: " + what);
            return null;
        }
        return v.asString();
    }

    /** The path as a JSON pointer; {@code access_token_validity} and {@code config.log_level} are accepted too. */
    private String path(Optional<Kind> kind) {
        String where = pointer + "/path";
        JsonNode v = node.get("path");
        if (!v.isString() || v.asString().isBlank()) {
            error(where, "path must be a field path such as access_token_validity or config.kubernetes_json_patches.deployment");
            return null;
        }
        String text = v.asString().strip();
        String p = text.startsWith("/") ? text : Paths.fromDotted(text);
        if (p.matches(".*~[^01].*|.*~$") || p.contains("//") || p.endsWith("/")) {
            error(where, "\"" + text + "\" is not a field path (e.g. access_token_validity or /config/log_level)");
            return null;
        }
        String field = Paths.unescape(p.substring(1).split("/", -1)[0]);
        if (kind.isPresent()) {
            List<String> fields = kind.get().spec().writable().stream()
                    .filter(f -> !f.equals(kind.get().identityField()) && !f.equals("managed")).toList();
            if (!fields.contains(field)) {
                error(where, "\"" + field + "\" is not a spec field of " + kind.get().label() + Suggest.didYouMean(field, fields));
                return null;
            }
        }
        return p;
    }

    private void error(String at, String message) {
        fail(doc.source().value(at), message);
    }

    private void fail(dev.akconf.model.Origin origin, String message) {
        ok = false;
        diags.error(origin, message);
    }
}
