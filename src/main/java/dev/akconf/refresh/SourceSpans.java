package dev.akconf.refresh;

import dev.akconf.config.SourceMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.DocumentStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;

/**
 * The start and end of every node of a YAML text, by document and JSON pointer. The configuration
 * loader's {@link SourceMap} keeps only where a node starts (enough for a diagnostic); an edit
 * needs where it ends, its style and its anchors too, so refresh reads the events once more.
 * Pointers are built exactly as the loader builds them, so a plan's paths find their nodes.
 */
final class SourceSpans {

    private final String text;
    private final int[] charAt; // code point index -> char index, only when the text has surrogate pairs

    private SourceSpans(String text) {
        this.text = text;
        this.charAt = text.codePointCount(0, text.length()) == text.length() ? null : codePointOffsets(text);
    }

    /** The documents of {@code text}; the text must be YAML the loader accepted. */
    static List<DocumentSpans> of(String text) {
        return new SourceSpans(text).read();
    }

    private static int[] codePointOffsets(String text) {
        int[] out = new int[text.codePointCount(0, text.length()) + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            out[cp++] = i;
        }
        out[cp] = text.length();
        return out;
    }

    private int index(Optional<Mark> mark) {
        int cp = mark.orElseThrow().getIndex();
        return charAt == null ? cp : charAt[cp];
    }

    /** An open collection. */
    private static final class Frame {
        final String pointer;
        final Span start;
        final boolean map;
        int items;
        String pendingKey;
        Span pendingKeySpan;
        int lastEnd;

        Frame(String pointer, Span start, boolean map) {
            this.pointer = pointer;
            this.start = start;
            this.map = map;
            this.lastEnd = start.start();
        }
    }

    private List<DocumentSpans> read() {
        List<DocumentSpans> docs = new ArrayList<>();
        Deque<Frame> stack = new ArrayDeque<>();
        DocumentSpans doc = null;
        LoadSettings settings = LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build();
        for (Event event : new Parse(settings).parseString(text)) {
            switch (event.getEventId()) {
                case DocumentStart -> {
                    DocumentStartEvent d = (DocumentStartEvent) event;
                    doc = new DocumentSpans(docs.size(), d.isExplicit() ? index(d.getStartMark()) : -1);
                    docs.add(doc);
                }
                case Scalar -> scalar((ScalarEvent) event, stack, doc);
                case Alias -> node(new Span(Span.Shape.ALIAS, index(event.getStartMark()), index(event.getEndMark()),
                        column(event), null, false, null, false, null, -1, -1, -1, false), stack, doc);
                case MappingStart, SequenceStart -> {
                    CollectionStartEvent c = (CollectionStartEvent) event;
                    Span s = new Span(event.getEventId() == Event.ID.MappingStart ? Span.Shape.MAPPING : Span.Shape.SEQUENCE,
                            index(event.getStartMark()), -1, column(event), null, c.getFlowStyle() == FlowStyle.FLOW,
                            anchor(c), c.getTag().isPresent(), null, -1, -1, -1, false);
                    Frame parent = stack.peek();
                    String pointer = place(s, parent, doc);
                    stack.push(new Frame(pointer, doc.get(pointer), s.shape() == Span.Shape.MAPPING));
                }
                case MappingEnd, SequenceEnd -> {
                    Frame done = stack.pop();
                    // A flow collection ends at its bracket; a block one at its last item (what follows
                    // it, blank lines and comments, belongs to the file around it).
                    int end = done.start.flow() ? index(event.getEndMark()) : done.lastEnd;
                    doc.nodes.put(done.pointer, done.start.withEnd(end));
                    if (stack.peek() != null) {
                        stack.peek().lastEnd = end;
                    }
                }
                default -> { }
            }
        }
        return docs;
    }

    private void scalar(ScalarEvent e, Deque<Frame> stack, DocumentSpans doc) {
        int start = index(e.getStartMark());
        int end = index(e.getEndMark());
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--; // a block scalar's event takes in the blank lines after it
        }
        Span s = new Span(Span.Shape.SCALAR, start, end, column(e), e.getScalarStyle(), false, anchor(e), e.getTag().isPresent(),
                e.getValue(), -1, -1, -1, false);
        Frame top = stack.peek();
        if (top != null && top.map && top.pendingKey == null) {
            top.pendingKey = e.getValue();
            top.pendingKeySpan = s;
            return;
        }
        node(s, stack, doc);
    }

    private void node(Span s, Deque<Frame> stack, DocumentSpans doc) {
        place(s, stack.peek(), doc);
        if (stack.peek() != null) {
            stack.peek().lastEnd = s.end();
        }
    }

    /** Records {@code s} under its parent and returns its pointer. */
    private String place(Span s, Frame parent, DocumentSpans doc) {
        String pointer;
        Span placed = s;
        if (parent == null) {
            pointer = "";
        } else if (parent.map) {
            pointer = SourceMap.child(parent.pointer, parent.pendingKey);
            Span k = parent.pendingKeySpan;
            placed = new Span(s.shape(), s.start(), s.end(), s.column(), s.style(), s.flow(), s.anchor(), s.tagged(), s.raw(),
                    k.start(), k.end(), k.column(), false);
            if (!doc.nodes.containsKey(pointer)) {
                doc.addKey(parent.pointer, parent.pendingKey);
            }
            parent.pendingKey = null;
        } else {
            pointer = SourceMap.child(parent.pointer, parent.items++);
            placed = new Span(s.shape(), s.start(), s.end(), s.column(), s.style(), s.flow(), s.anchor(), s.tagged(), s.raw(),
                    -1, -1, -1, true);
        }
        doc.nodes.putIfAbsent(pointer, placed); // a duplicate key: the loader refused the file already
        return pointer;
    }

    private static int column(Event e) {
        return e.getStartMark().map(Mark::getColumn).orElse(0);
    }

    private static String anchor(NodeEvent e) {
        return e.getAnchor().map(Anchor::getValue).orElse(null);
    }
}
