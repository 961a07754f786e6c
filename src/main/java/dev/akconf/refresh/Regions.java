package dev.akconf.refresh;

import dev.akconf.importer.Scalars;
import dev.akconf.importer.YamlEmitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where in the text an edit goes and what it writes there. New lines use the file's line ending
 * and the indentation already there; new blocks are written as import writes them (two-space
 * steps, list items indented under their key).
 */
final class Regions {

    private final String text;
    private final String eol;

    Regions(String text) {
        this.text = text;
        this.eol = text.contains("\r\n") ? "\r\n" : "\n";
    }

    /** The replacement for {@code node}'s value; {@code r} receives the stretch it replaces. */
    String replace(Span node, JsonNode value, int[] r) {
        boolean block = value.isContainer() && !value.isEmpty();
        r[0] = node.start();
        r[1] = node.end();
        if (node.shape() == Span.Shape.SCALAR && node.start() == node.end()) {
            // An empty value (`key:` alone) has no text of its own: write after the key's colon.
            int colon = afterColon(node);
            r[0] = colon;
            r[1] = colon;
            return block ? eol + blockText(value, spaces(node.keyColumn() + 2), false) : " " + Scalars.inline(value);
        }
        if (node.shape() == Span.Shape.SCALAR && !block) {
            return ScalarText.of(value, node.style(), spaces(blockIndent(node)), eol);
        }
        // A flow collection stays flow; an empty one ({} or [], how import writes "nothing") was no
        // choice of style and becomes a block when it gets content.
        boolean emptyFlow = node.flow() && text.substring(node.start(), node.end()).replaceAll("\\s", "").length() == 2;
        if (node.flow() && value.isContainer() && !(emptyFlow && block)) {
            return flow(value);
        }
        if (!block) {
            // A block collection becomes a scalar or [] / {}: on the key's line.
            int before = backOver(node.start());
            if (before > 0 && (text.charAt(before - 1) == ':' || text.charAt(before - 1) == '-')) {
                r[0] = before;
                return " " + (value.isContainer() ? flow(value) : Scalars.inline(value));
            }
            return value.isContainer() ? flow(value) : Scalars.inline(value);
        }
        boolean sameShape = node.isBlockCollection() && (node.shape() == Span.Shape.MAPPING) == value.isObject();
        if (sameShape || node.inSequence()) {
            // In place at the old column; as a list item, in compact form (`- key: value`).
            return blockText(value, spaces(node.column()), true);
        }
        int before = backOver(node.start());
        if (node.keyColumn() >= 0 && before > 0 && text.charAt(before - 1) == ':') {
            r[0] = before;
            return eol + blockText(value, spaces(node.keyColumn() + 2), false);
        }
        if (node.column() > node.keyColumn()) {
            return blockText(value, spaces(node.column()), true);
        }
        throw new YamlEditor.Refused("cannot place a block where the old value stands");
    }

    /**
     * A new {@code field: value} line for the block mapping at {@code parent}: after the fields that
     * precede it in {@code order}, else before the first field, at the mapping's indentation.
     */
    String insert(DocumentSpans doc, String parent, String field, JsonNode value, List<String> order, int[] r) {
        List<String> keys = doc.keysOf(parent);
        if (keys.isEmpty()) {
            throw new YamlEditor.Refused(parent + " has no fields to place it beside");
        }
        int rank = order.indexOf(field);
        String after = null;
        int best = -1;
        for (String k : keys) {
            int i = order.indexOf(k);
            if (rank >= 0 && i >= 0 && i < rank && i > best) {
                best = i;
                after = k;
            }
        }
        boolean anyLater = rank >= 0 && keys.stream().anyMatch(k -> order.indexOf(k) > rank);
        Span first = doc.get(dev.akconf.config.SourceMap.child(parent, keys.get(0)));
        String pad = spaces(first.keyColumn());
        List<String> lines = new ArrayList<>();
        YamlEmitter.entry(lines, pad, field, value);
        String entry = String.join(eol, lines) + eol;
        if (after == null && anyLater) {
            // Before the first field, and before the comment lines directly above it: they are its.
            int at = lineStart(first.keyStart());
            while (at > 0) {
                int prev = lineStart(at - 1);
                if (!text.substring(prev, at).strip().startsWith("#")) {
                    break;
                }
                at = prev;
            }
            r[0] = at;
            return entry;
        }
        String last = after != null ? after : keys.get(keys.size() - 1);
        Span anchor = doc.get(dev.akconf.config.SourceMap.child(parent, last));
        int nl = text.indexOf('\n', anchor.end());
        if (nl < 0) {
            r[0] = text.length();
            return eol + String.join(eol, lines);
        }
        r[0] = nl + 1;
        return entry;
    }

    /** Items added at the end of the block list {@code seq}, after the line of its {@code last} item. */
    String appendItems(Span seq, Span last, JsonNode extra, int[] r) {
        List<String> lines = new ArrayList<>();
        YamlEmitter.block(lines, spaces(seq.column()), extra);
        int nl = text.indexOf('\n', last.end());
        if (nl < 0) {
            r[0] = text.length();
            return eol + String.join(eol, lines);
        }
        r[0] = nl + 1;
        return String.join(eol, lines) + eol;
    }

    /** The stretch a removed document takes: its {@code ---} line to the next one's. */
    int[] document(List<DocumentSpans> docs, int i) {
        DocumentSpans d = docs.get(i);
        DocumentSpans next = i + 1 < docs.size() ? docs.get(i + 1) : null;
        int nextStart = next == null ? text.length() : lineStart(next.marker >= 0 ? next.marker : next.root().start());
        if (d.marker >= 0) {
            return new int[] {lineStart(d.marker), nextStart};
        }
        // The first document has no --- line: its comment lines go with it, the file's schema line stays.
        int from = lineStart(d.root().start());
        while (from > 0) {
            int prev = lineStart(from - 1);
            String line = text.substring(prev, from).strip();
            if (!line.startsWith("#") || line.startsWith("# yaml-language-server:")) {
                break;
            }
            from = prev;
        }
        int to = next == null ? text.length() : lineEnd(nextStart);
        return new int[] {from, to};
    }

    /** {@code mapping} with {@code field} placed after the fields that precede it in {@code order}. */
    static ObjectNode ordered(ObjectNode mapping, String field, JsonNode value, List<String> order) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        int rank = order.indexOf(field);
        boolean placed = false;
        for (Map.Entry<String, JsonNode> e : mapping.properties()) {
            int i = order.indexOf(e.getKey());
            if (!placed && rank >= 0 && i > rank) {
                out.set(field, value);
                placed = true;
            }
            out.set(e.getKey(), e.getValue());
        }
        if (!placed) {
            out.set(field, value);
        }
        return out;
    }

    private String blockText(JsonNode value, String pad, boolean firstUnindented) {
        List<String> lines = new ArrayList<>();
        YamlEmitter.block(lines, pad, value);
        if (firstUnindented) {
            lines.set(0, lines.get(0).substring(pad.length()));
        }
        return String.join(eol, lines);
    }

    static String flow(JsonNode value) {
        if (value.isObject()) {
            List<String> parts = new ArrayList<>();
            value.properties().forEach(e -> parts.add(ScalarText.flow(JsonNodeFactory.instance.stringNode(e.getKey())) + ": " + flow(e.getValue())));
            return "{" + String.join(", ", parts) + "}";
        }
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(v -> parts.add(flow(v)));
            return "[" + String.join(", ", parts) + "]";
        }
        return ScalarText.flow(value);
    }

    /** A block scalar's content indentation: its first non-blank line's, else two past its key. */
    private int blockIndent(Span node) {
        if (!node.isBlockScalar()) {
            return 0;
        }
        int line = text.indexOf('\n', node.start());
        while (line >= 0 && line < node.end()) {
            int i = line + 1;
            int n = 0;
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
                n++;
            }
            if (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                return n;
            }
            line = text.indexOf('\n', i);
        }
        return Math.max(node.keyColumn(), node.column()) + 2;
    }

    /** Just after the colon that ends the key of an empty value. */
    private int afterColon(Span node) {
        int i = node.keyEnd();
        while (i < text.length() && text.charAt(i) != ':') {
            i++;
        }
        return Math.min(i + 1, text.length());
    }

    /** The index after skipping back over spaces and line breaks before {@code at}. */
    private int backOver(int at) {
        int i = at;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private int lineStart(int at) {
        int nl = text.lastIndexOf('\n', at - 1);
        return nl + 1;
    }

    private int lineEnd(int at) {
        int nl = text.indexOf('\n', at);
        return nl < 0 ? text.length() : nl + 1;
    }

    private static String spaces(int n) {
        return " ".repeat(Math.max(0, n));
    }
}
