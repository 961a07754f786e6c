package dev.akconf.refresh;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The spans of one YAML document: every node by JSON pointer ("" is the root), the keys of each
 * mapping in file order, and where the document's {@code ---} line stands.
 */
final class DocumentSpans {

    final int index;
    /** Char index of the explicit {@code ---} marker, or -1 for a document without one. */
    final int marker;
    final Map<String, Span> nodes = new LinkedHashMap<>();
    final Map<String, List<String>> keys = new LinkedHashMap<>();

    DocumentSpans(int index, int marker) {
        this.index = index;
        this.marker = marker;
    }

    Span root() {
        return nodes.get("");
    }

    Span get(String pointer) {
        return nodes.get(pointer);
    }

    List<String> keysOf(String pointer) {
        return keys.getOrDefault(pointer, List.of());
    }

    void addKey(String mapPointer, String key) {
        keys.computeIfAbsent(mapPointer, p -> new ArrayList<>()).add(key);
    }

    /** The nodes at or under {@code pointer}. */
    List<Span> subtree(String pointer) {
        List<Span> out = new ArrayList<>();
        nodes.forEach((p, s) -> {
            if (p.equals(pointer) || p.startsWith(pointer + "/")) {
                out.add(s);
            }
        });
        return out;
    }
}
