package dev.akconf.config;

import dev.akconf.model.Origin;

/**
 * Positions of every node of one YAML document, keyed by RFC 6901 JSON pointer ("" is the root).
 * Keys and values are kept apart so a diagnostic about an unknown key points at the key, and one
 * about a bad value points at the value.
 */
public final class SourceMap {

    private final Origin documentStart;
    private final PositionTable values;
    private final PositionTable keys;

    public SourceMap(Origin documentStart) {
        this.documentStart = documentStart;
        this.values = new PositionTable(documentStart.file());
        this.keys = new PositionTable(documentStart.file());
    }

    void putValue(String pointer, Origin origin) {
        values.putIfAbsent(pointer, origin);
    }

    void putKey(String pointer, Origin origin) {
        keys.putIfAbsent(pointer, origin);
    }

    public Origin documentStart() {
        return documentStart;
    }

    /** The value at {@code pointer}, else its nearest ancestor that has a position (alias copies have none). */
    public Origin value(String pointer) {
        String p = pointer;
        while (true) {
            Origin o = values.get(p);
            if (o != null) {
                return o;
            }
            if (p.isEmpty()) {
                return documentStart;
            }
            p = parent(p);
        }
    }

    /** The key naming {@code pointer}'s node, else the value's position. */
    public Origin key(String pointer) {
        Origin o = keys.get(pointer);
        return o != null ? o : value(pointer);
    }

    public static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }

    public static String child(String pointer, String key) {
        return pointer + "/" + dev.akconf.model.Paths.escape(key);
    }

    public static String child(String pointer, int index) {
        return pointer + "/" + index;
    }
}
