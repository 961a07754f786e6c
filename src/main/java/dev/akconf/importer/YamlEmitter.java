package dev.akconf.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Writes a JSON tree as block-style YAML lines in the layout of akconf's own files: two-space
 * indents, list items indented under their key, multi-line text as literal blocks, empty
 * collections as {@code []} and {@code {}}. Its own emitter rather than Jackson's, which writes
 * some strings plain that a YAML 1.2 reader takes for numbers (e.g. {@code 0x1F}).
 */
public final class YamlEmitter {

    private static final String INDENT = "  ";

    private YamlEmitter() {
    }

    /** {@code key: value} at {@code pad}, the value over further lines when it needs them. */
    public static void entry(List<String> out, String pad, String key, JsonNode value) {
        String k = Scalars.string(key);
        if (isBlock(value)) {
            out.add(pad + k + ":");
            block(out, pad + INDENT, value);
            return;
        }
        String literal = value.isString() ? Scalars.literalHeader(value.asString()) : null;
        if (literal != null) {
            out.add(pad + k + ": " + literal);
            literalLines(out, pad + INDENT, value.asString());
            return;
        }
        out.add(pad + k + ": " + Scalars.inline(value));
    }

    /** The lines of a non-empty mapping or list, each at {@code pad}. */
    public static void block(List<String> out, String pad, JsonNode value) {
        if (value.isObject()) {
            for (Map.Entry<String, JsonNode> e : value.properties()) {
                entry(out, pad, e.getKey(), e.getValue());
            }
            return;
        }
        for (JsonNode item : value) {
            item(out, pad, item);
        }
    }

    private static void item(List<String> out, String pad, JsonNode item) {
        if (item.isObject() && !item.isEmpty()) {
            List<String> lines = new ArrayList<>();
            block(lines, pad + INDENT, item);
            out.add(pad + "- " + lines.get(0).substring(pad.length() + INDENT.length()));
            out.addAll(lines.subList(1, lines.size()));
            return;
        }
        if (item.isArray() && !item.isEmpty()) {
            out.add(pad + "-");
            block(out, pad + INDENT, item);
            return;
        }
        String literal = item.isString() ? Scalars.literalHeader(item.asString()) : null;
        if (literal != null) {
            out.add(pad + "- " + literal);
            literalLines(out, pad + INDENT, item.asString());
            return;
        }
        out.add(pad + "- " + Scalars.inline(item));
    }

    private static void literalLines(List<String> out, String pad, String text) {
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        for (String line : body.split("\n", -1)) {
            out.add(line.isEmpty() ? "" : pad + line);
        }
    }

    private static boolean isBlock(JsonNode v) {
        return v.isContainer() && !v.isEmpty();
    }
}
