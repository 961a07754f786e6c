package dev.akconf.render;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/** How plan values are written for people: JSON literals, short ones inline, long ones over lines. */
final class Values {

    static final String SENSITIVE = "(sensitive value)";
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
        return v.isContainer() && compact.length() > INLINE_LIMIT ? null : compact;
    }

    /** The value as lines, for unified diffs: text split at newlines, structures pretty-printed. */
    static List<String> lines(JsonNode v) {
        if (v == null || v.isMissingNode() || v.isNull()) {
            return List.of();
        }
        if (v.isString()) {
            // split with -1 keeps a final empty piece, so a trailing newline is visible in a diff.
            return java.util.Arrays.asList(v.asString().split("\n", -1));
        }
        return YAML.writeValueAsString(v).lines().toList();
    }
}
