package dev.akconf.render;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/** How plan values are written for people: JSON literals, short ones inline, long ones over lines. */
final class Values {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    // Structured values are shown as YAML, the way the configuration spells them.
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .build();
    private static final int INLINE_LIMIT = 72;

    private Values() {
    }

    /** An inline literal, or null when the value needs several lines (multi-line text, long structures). */
    static String inline(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "(none)";
        }
        if (v.isString() && v.asString().contains("\n")) {
            return null;
        }
        String compact = JSON.writeValueAsString(v);
        // Jackson escapes C0 controls in strings, not DEL, C1 or bidi overrides: Safe does the rest.
        return v.isContainer() && compact.length() > INLINE_LIMIT ? null : Safe.text(compact);
    }

    /** The value as lines, for unified diffs: text split at newlines, structures pretty-printed. */
    static List<String> lines(JsonNode v) {
        if (v == null || v.isMissingNode() || v.isNull()) {
            return List.of();
        }
        if (v.isString()) {
            // Authentik trims surrounding whitespace on write, so the final newline of a YAML "|" block
            // is no line of its own; an empty line inside stays visible.
            return java.util.Arrays.asList(v.asString().strip().split("\n", -1));
        }
        return YAML.writeValueAsString(v).lines().toList();
    }
}
