package dev.akconf.refresh;

import org.snakeyaml.engine.v2.common.ScalarStyle;

/**
 * Where one YAML node stands in its file's text, with what an in-place edit must know of it.
 *
 * @param shape      scalar, mapping, sequence or alias
 * @param start      char index of the node's first character (its anchor or tag when it has one)
 * @param end        char index just after its last meaningful character: trailing blank lines and
 *                   comments of a block collection or block scalar are not part of it
 * @param column     0-based column of {@code start}
 * @param style      a scalar's style; null for other shapes
 * @param flow       a collection written {@code [a, b]} or {@code {a: b}}
 * @param anchor     the node's anchor ({@code &name}), or null
 * @param tagged     the node carries an explicit tag ({@code !!str})
 * @param raw        a scalar's value as written (before {@code ${VAR}} substitution); null otherwise
 * @param keyStart   for a mapping's value: char index of its key; -1 otherwise
 * @param keyEnd     for a mapping's value: char index just after its key; -1 otherwise
 * @param keyColumn  for a mapping's value: 0-based column of its key; -1 otherwise
 * @param inSequence the node is an item of a sequence
 */
record Span(Shape shape, int start, int end, int column, ScalarStyle style, boolean flow, String anchor, boolean tagged,
            String raw, int keyStart, int keyEnd, int keyColumn, boolean inSequence) {

    enum Shape { SCALAR, MAPPING, SEQUENCE, ALIAS }

    boolean isBlockScalar() {
        return style == ScalarStyle.LITERAL || style == ScalarStyle.FOLDED;
    }

    boolean isBlockCollection() {
        return (shape == Shape.MAPPING || shape == Shape.SEQUENCE) && !flow;
    }

    Span withEnd(int newEnd) {
        return new Span(shape, start, newEnd, column, style, flow, anchor, tagged, raw, keyStart, keyEnd, keyColumn, inSequence);
    }
}
