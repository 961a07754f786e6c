package dev.akconf.refresh;

import dev.akconf.config.YamlDocument;
import dev.akconf.config.YamlLimits;
import dev.akconf.config.YamlReader;
import dev.akconf.diag.Diagnostics;
import dev.akconf.diff.JsonEquality;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Edits a YAML file in place: each edit changes only the bytes of the value it is about, and every
 * other byte (comments, key order, quoting, blank lines, {@code ---} lines, CRLF) stays as it was.
 * Pure: text in, text out.
 *
 * <p>What it will not do, it refuses with a reason rather than guess: a value whose text uses
 * {@code ${VAR}} (the variable, not the file, holds it), a value under a YAML anchor or alias (other
 * places share it), a value with an explicit tag. Every result is read back: the documents must be
 * what the edits say and nothing else, or the edit fails loudly ({@link IllegalStateException}).
 */
public final class YamlEditor {

    private static final Pattern VARIABLE = Pattern.compile("(?<!\\$)\\$\\{([A-Za-z_][A-Za-z0-9_]*)");

    private YamlEditor() {
    }

    /** One replaced stretch of the old text; zero-width for an insertion. */
    private record Region(int start, int end, String text, int seq) {
    }

    /** @param file a label for the read-back check */
    public static EditResult apply(String file, String text, List<Edit> edits) {
        List<DocumentSpans> docs = SourceSpans.of(text);
        List<YamlDocument> trees = read(file, text);
        if (trees.size() != docs.size()) {
            throw new IllegalStateException(file + ": cannot edit a file the configuration loader does not read whole");
        }
        Context ctx = new Context(text, docs, trees);
        List<Region> regions = new ArrayList<>();
        List<Edit> applied = new ArrayList<>();
        List<EditResult.Refusal> refused = new ArrayList<>();
        for (Edit e : edits) {
            try {
                List<Region> rs = ctx.regions(e, regions.size());
                for (Region r : rs) {
                    if (overlaps(r, regions)) {
                        throw new Refused("another change in this file touches the same lines");
                    }
                }
                regions.addAll(rs);
                applied.add(e);
            } catch (Refused why) {
                refused.add(new EditResult.Refusal(e, why.getMessage()));
            }
        }
        String out = splice(text, regions);
        verify(file, out, trees, applied);
        return new EditResult(out, applied, refused);
    }

    private static boolean overlaps(Region r, List<Region> others) {
        for (Region o : others) {
            boolean insertion = r.start() == r.end() || o.start() == o.end();
            if (insertion ? r.start() > o.start() && r.start() < o.end() || o.start() > r.start() && o.start() < r.end()
                    : r.start() < o.end() && o.start() < r.end()) {
                return true;
            }
        }
        return false;
    }

    private static String splice(String text, List<Region> regions) {
        List<Region> sorted = new ArrayList<>(regions);
        sorted.sort(Comparator.comparingInt(Region::start).thenComparingInt(Region::seq));
        StringBuilder out = new StringBuilder(text.length() + 256);
        int at = 0;
        for (Region r : sorted) {
            out.append(text, at, r.start()).append(r.text());
            at = Math.max(at, r.end());
        }
        return out.append(text, at, text.length()).toString();
    }

    private static List<YamlDocument> read(String file, String text) {
        Diagnostics diags = new Diagnostics();
        List<YamlDocument> docs = new YamlReader(YamlLimits.DEFAULT).read(file, text, diags);
        if (diags.hasErrors()) {
            throw new IllegalStateException(file + ": " + diags.sorted().get(0).message());
        }
        return docs;
    }

    /** The new text must read as the old documents with exactly the applied edits. */
    private static void verify(String file, String out, List<YamlDocument> before, List<Edit> applied) {
        List<JsonNode> expected = new ArrayList<>();
        Set<Integer> removed = new TreeSet<>();
        before.forEach(d -> expected.add(d.root().deepCopy()));
        for (Edit e : applied) {
            if (e instanceof Edit.RemoveDocument r) {
                removed.add(r.document());
            } else if (e instanceof Edit.Set s) {
                expected.set(s.document(), with(expected.get(s.document()), s.pointer(), s.value()));
            }
        }
        List<JsonNode> wanted = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            if (!removed.contains(i)) {
                wanted.add(expected.get(i));
            }
        }
        List<YamlDocument> after;
        try {
            after = read(file, out);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(file + ": the edited text does not read back (" + e.getMessage() + ")", e);
        }
        boolean same = after.size() == wanted.size();
        for (int i = 0; same && i < wanted.size(); i++) {
            same = JsonEquality.equal(wanted.get(i), after.get(i).root());
        }
        if (!same) {
            throw new IllegalStateException(file + ": the edited text does not read back as the intended values");
        }
    }

    /** {@code root} with {@code value} at {@code pointer}, missing mappings on the way created. */
    static JsonNode with(JsonNode root, String pointer, JsonNode value) {
        if (pointer.isEmpty()) {
            return value.deepCopy();
        }
        JsonPointer p = JsonPointer.compile(pointer);
        JsonNode parent = root.at(p.head());
        if (parent.isMissingNode() || parent.isNull()) {
            root = with(root, p.head().toString(), JsonNodeFactory.instance.objectNode());
            parent = root.at(p.head());
        }
        if (parent instanceof ObjectNode o) {
            o.set(p.last().getMatchingProperty(), value.deepCopy());
        } else if (parent instanceof ArrayNode a) {
            a.set(p.last().getMatchingIndex(), value.deepCopy());
        }
        return root;
    }

    /** Why an edit is left for a person. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String why) {
            super(why, null, false, false);
        }
    }

    /** The variables a value's text uses, {@code $A, $B}, or null when it uses none. */
    static String variables(List<Span> spans) {
        Set<String> names = new TreeSet<>();
        for (Span s : spans) {
            if (s.raw() != null) {
                Matcher m = VARIABLE.matcher(s.raw());
                while (m.find()) {
                    names.add("$" + m.group(1));
                }
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static final class Context {
        final String text;
        final List<DocumentSpans> docs;
        final List<YamlDocument> trees;
        final Regions regions;

        Context(String text, List<DocumentSpans> docs, List<YamlDocument> trees) {
            this.text = text;
            this.docs = docs;
            this.trees = trees;
            this.regions = new Regions(text);
        }

        List<Region> regions(Edit e, int seq) {
            if (e.document() < 0 || e.document() >= docs.size()) {
                throw new Refused("the file has no document " + (e.document() + 1));
            }
            DocumentSpans doc = docs.get(e.document());
            if (e instanceof Edit.RemoveDocument) {
                int[] r = regions.document(docs, e.document());
                return List.of(new Region(r[0], r[1], "", seq));
            }
            Edit.Set s = (Edit.Set) e;
            List<Region> out = new ArrayList<>();
            set(doc, trees.get(e.document()).root(), s.pointer(), s.value(), s.order(), seq, out);
            return out;
        }

        /**
         * The regions that make {@code pointer} hold {@code value}. A block mapping or list that keeps
         * its shape (the same keys, the same length) is edited item by item, so the comments and
         * unchanged lines inside it stay; any other value is rewritten whole.
         */
        private void set(DocumentSpans doc, JsonNode tree, String pointer, JsonNode value, List<String> order, int seq,
                         List<Region> out) {
            Shared.check(doc, pointer);
            Span node = doc.get(pointer);
            if (node == null) {
                out.add(add(doc, pointer, value, order, seq, tree));
                return;
            }
            JsonNode current = tree.at(pointer);
            if (JsonEquality.equal(current, value)) {
                return;
            }
            if (node.isBlockCollection() && sameShape(current, value)) {
                if (value.isObject()) {
                    for (java.util.Map.Entry<String, JsonNode> c : value.properties()) {
                        set(doc, tree, dev.akconf.config.SourceMap.child(pointer, c.getKey()), c.getValue(), List.of(), seq, out);
                    }
                } else {
                    for (int i = 0; i < current.size(); i++) {
                        set(doc, tree, dev.akconf.config.SourceMap.child(pointer, i), value.get(i), List.of(), seq, out);
                    }
                    if (value.size() > current.size()) {
                        // New items go after the last one, in the list's own layout.
                        ArrayNode extra = JsonNodeFactory.instance.arrayNode();
                        for (int i = current.size(); i < value.size(); i++) {
                            extra.add(value.get(i));
                        }
                        Span last = doc.get(dev.akconf.config.SourceMap.child(pointer, current.size() - 1));
                        int[] r = new int[1];
                        String text = regions.appendItems(node, last, extra, r);
                        out.add(new Region(r[0], r[0], text, seq));
                    }
                }
                return;
            }
            String vars = variables(doc.subtree(pointer));
            if (vars != null) {
                throw new Refused("drifted, but its value comes from " + vars);
            }
            int[] r = new int[2];
            String replacement = regions.replace(node, value, r);
            out.add(new Region(r[0], r[1], replacement, seq));
        }

        /** Both mappings with the new one's keys a superset of the old one's, or both lists, the new one no shorter. */
        private static boolean sameShape(JsonNode current, JsonNode value) {
            if (current.isObject() && value.isObject()) {
                for (String k : current.propertyNames()) {
                    if (!value.has(k)) {
                        return false;
                    }
                }
                return true;
            }
            return current.isArray() && value.isArray() && !current.isEmpty() && current.size() <= value.size();
        }

        /** Adds the value for a pointer that does not exist to the nearest mapping above it that does. */
        private Region add(DocumentSpans doc, String pointer, JsonNode value, List<String> order, int seq, JsonNode tree) {
            JsonPointer p = JsonPointer.compile(pointer);
            String parent = p.head().toString();
            String field = p.last().getMatchingProperty();
            Span at = doc.get(parent);
            if (at == null) {
                if (parent.isEmpty()) {
                    throw new Refused("the document is empty");
                }
                ObjectNode wrapped = JsonNodeFactory.instance.objectNode().set(field, value);
                return add(doc, parent, wrapped, List.of(), seq, tree);
            }
            if (at.shape() == Span.Shape.SCALAR && (at.raw().isEmpty() || tree.at(parent).isNull())
                    || at.shape() == Span.Shape.MAPPING && at.flow()) {
                ObjectNode merged = tree.at(parent).isObject() ? Regions.ordered((ObjectNode) tree.at(parent), field, value, order)
                        : JsonNodeFactory.instance.objectNode().set(field, value);
                int[] r = new int[2];
                String replacement = regions.replace(at, merged, r);
                return new Region(r[0], r[1], replacement, seq);
            }
            if (at.shape() != Span.Shape.MAPPING) {
                throw new Refused(parent.isEmpty() ? "the document is not a mapping" : parent + " is not a mapping");
            }
            int[] r = new int[1];
            String inserted = regions.insert(doc, parent, field, value, order, r);
            return new Region(r[0], r[0], inserted, seq);
        }
    }
}
