package dev.akconf.diff;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * One field that differs, in the words of the YAML (names, not pks).
 *
 * @param path      JSON pointer within the spec, e.g. {@code /access_token_validity} or
 *                  {@code /config/kubernetes_json_patches/deployment}
 * @param before    the live value; {@code null} JSON for unset, missing for a create
 * @param after     the declared value; missing for a delete
 * @param sensitive  never show the values, only that they change
 * @param undeclared the configuration leaves the field out: {@code after} is Authentik's default
 *                   (model/KindDefaults), which apply restores
 */
public record FieldChange(String path, JsonNode before, JsonNode after, boolean sensitive, boolean undeclared) {

    public FieldChange {
        // Copies: the values are often parts of the live object or the desired body, which must not
        // change through a plan (nor a plan through them).
        before = before == null ? MissingNode.getInstance() : before.deepCopy();
        after = after == null ? MissingNode.getInstance() : after.deepCopy();
    }

    /** A change of a declared field. */
    public FieldChange(String path, JsonNode before, JsonNode after, boolean sensitive) {
        this(path, before, after, sensitive, false);
    }
}
