package dev.akconf.config;

import dev.akconf.diag.Diagnostics;
import dev.akconf.model.Origin;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns YAML text into {@link YamlDocument}s with a position for every key and value.
 *
 * <p>It builds the tree from snakeyaml-engine's event stream with an explicit stack rather than the
 * recursive Composer, so 10,000-deep input is rejected at the depth limit instead of overflowing the
 * stack. Aliases are expanded by copying, counted against a node budget ("billion laughs").
 * Duplicate keys are errors: Authentik would only ever see one of the two values.
 */
public final class YamlReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final YamlLimits limits;

    public YamlReader(YamlLimits limits) {
        this.limits = limits;
    }

    /** Reads every document of {@code text}; problems go to {@code diags}, and a broken file yields what came before it. */
    public List<YamlDocument> read(String file, String text, Diagnostics diags) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file)
                .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes() + 1))
                .build();
        Builder builder = new Builder(file, diags);
        try {
            for (Event event : new Parse(settings).parseString(text)) {
                builder.accept(event);
            }
        } catch (YamlError e) {
            diags.error(e.origin, e.getMessage());
        } catch (ScalarValues.UnsupportedTagException e) {
            diags.error(e.origin, e.getMessage());
        } catch (MarkedYamlEngineException e) {
            diags.error(origin(file, e.getProblemMark().or(e::getContextMark)), "YAML syntax error: " + oneLine(e.getProblem()));
        } catch (YamlEngineException e) {
            diags.error(Origin.ofFile(file), "YAML error: " + oneLine(e.getMessage()));
        }
        return builder.documents;
    }

    private static String oneLine(String s) {
        return s == null ? "unreadable input" : s.strip().lines().findFirst().orElse("").strip();
    }

    static Origin origin(String file, Optional<Mark> mark) {
        return mark.map(m -> new Origin(file, m.getLine() + 1, m.getColumn() + 1)).orElse(Origin.ofFile(file));
    }

    /** A problem that ends reading of this file, with the node it points at. */
    private static final class YamlError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Origin origin;

        YamlError(Origin origin, String message) {
            super(message, null, false, false);
            this.origin = origin;
        }
    }

    /** An open mapping or sequence, waiting for its children. */
    private static final class Frame {
        final JsonNode node;
        final String pointer;
        final String anchor;
        final Map<String, Origin> keysSeen = new HashMap<>();
        String pendingKey; // mapping only: the key whose value comes next
        boolean dropValue; // the pending key was a duplicate
        Frame(JsonNode node, String pointer, String anchor) {
            this.node = node;
            this.pointer = pointer;
            this.anchor = anchor;
        }
    }

    /** Consumes events and assembles documents. */
    private final class Builder {
        final String file;
        final Diagnostics diags;
        final List<YamlDocument> documents = new ArrayList<>();
        final Deque<Frame> stack = new ArrayDeque<>();
        final Map<String, JsonNode> anchors = new HashMap<>();
        SourceMap source;
        int nodeCount;

        Builder(String file, Diagnostics diags) {
            this.file = file;
            this.diags = diags;
        }

        void accept(Event event) {
            Origin at = origin(file, event.getStartMark());
            if (stack.isEmpty() && event instanceof org.snakeyaml.engine.v2.events.NodeEvent) {
                // A document "starts" at its root node, not at an explicit "---" line.
                source = new SourceMap(at);
            }
            switch (event.getEventId()) {
                case DocumentStart -> {
                    anchors.clear();
                    nodeCount = 0;
                }
                case MappingStart, SequenceStart -> open((CollectionStartEvent) event, at);
                case MappingEnd, SequenceEnd -> close();
                case Scalar -> value(ScalarValues.resolve((ScalarEvent) event, at), ((ScalarEvent) event).getAnchor(), at, true);
                case Alias -> alias((AliasEvent) event, at);
                default -> { } // stream start/end, document end, comments
            }
        }

        private String nextPointer() {
            Frame parent = stack.peek();
            if (parent == null) {
                return "";
            }
            if (parent.node.isArray()) {
                return SourceMap.child(parent.pointer, parent.node.size());
            }
            return SourceMap.child(parent.pointer, parent.pendingKey);
        }

        private void open(CollectionStartEvent event, Origin at) {
            if (stack.size() >= limits.maxDepth()) {
                throw new YamlError(at, "YAML nesting deeper than " + limits.maxDepth() + " levels");
            }
            if (isKeyPosition()) {
                throw new YamlError(at, "a mapping or list cannot be used as a key");
            }
            Optional<String> tag = event.getTag().filter(t -> !t.equals("tag:yaml.org,2002:map") && !t.equals("tag:yaml.org,2002:seq"));
            if (tag.isPresent()) {
                throw new ScalarValues.UnsupportedTagException(at, tag.get());
            }
            count(1, at);
            JsonNode node = event.getEventId() == Event.ID.MappingStart ? NODES.objectNode() : NODES.arrayNode();
            String pointer = nextPointer();
            if (!dropping()) {
                source.putValue(pointer, at);
            }
            stack.push(new Frame(node, pointer, event.getAnchor().map(Anchor::getValue).orElse(null)));
        }

        private void close() {
            Frame done = stack.pop();
            if (done.anchor != null) {
                anchors.put(done.anchor, done.node);
            }
            attach(done.node, null);
        }

        private void alias(AliasEvent event, Origin at) {
            String name = event.getAlias().getValue();
            JsonNode target = anchors.get(name);
            if (target == null) {
                throw new YamlError(at, "alias *" + name + " refers to no anchor defined before it");
            }
            count(size(target), at);
            value(target.deepCopy(), Optional.empty(), at, false);
        }

        private void value(JsonNode node, Optional<Anchor> anchor, Origin at, boolean counted) {
            if (counted) {
                count(1, at);
            }
            anchor.ifPresent(a -> anchors.put(a.getValue(), node));
            if (isKeyPosition()) {
                key(node, at);
                return;
            }
            if (!dropping()) {
                source.putValue(nextPointer(), at);
            }
            attach(node, at);
        }

        private boolean isKeyPosition() {
            Frame top = stack.peek();
            return top != null && top.node.isObject() && top.pendingKey == null;
        }

        private boolean dropping() {
            for (Frame f : stack) {
                if (f.dropValue) {
                    return true;
                }
            }
            return false;
        }

        private void key(JsonNode keyNode, Origin at) {
            Frame top = stack.peek();
            if (keyNode.isContainer() || keyNode.isNull()) {
                throw new YamlError(at, "a mapping key must be a plain string");
            }
            String key = keyNode.asString();
            Origin first = top.keysSeen.putIfAbsent(key, at);
            top.pendingKey = key;
            top.dropValue = first != null;
            if (first != null) {
                // Reported, and reading goes on so the rest of the file is checked too.
                diags.error(at, "duplicate key \"" + key + "\" (first defined at line " + first.line() + ")");
                return;
            }
            source.putKey(SourceMap.child(top.pointer, key), at);
        }

        private void attach(JsonNode node, Origin at) {
            Frame parent = stack.peek();
            if (parent == null) {
                documents.add(new YamlDocument(file, documents.size(), node, source));
                return;
            }
            if (parent.node instanceof ArrayNode array) {
                array.add(node);
            } else {
                if (!parent.dropValue) {
                    ((ObjectNode) parent.node).set(parent.pendingKey, node);
                }
                parent.pendingKey = null;
                parent.dropValue = false;
            }
        }

        private void count(int n, Origin at) {
            nodeCount += n;
            if (nodeCount > limits.maxNodes()) {
                throw new YamlError(at, "document expands to more than " + limits.maxNodes()
                        + " YAML nodes (an alias bomb?)");
            }
        }

        private int size(JsonNode node) {
            int n = 1;
            for (JsonNode child : node) {
                n += size(child);
                if (n > limits.maxNodes()) {
                    return n;
                }
            }
            return n;
        }
    }
}
