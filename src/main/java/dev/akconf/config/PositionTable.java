package dev.akconf.config;

import dev.akconf.model.Origin;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JSON pointer → position, compact: a large configuration keeps one of these per YAML document for its
 * whole run, and 20,000 documents held as {@code HashMap<String, Origin>} cost about 35 MB. Here an
 * entry is a shared pointer string and a packed line/column (12 bytes). The first entry for a pointer
 * wins. Lookups scan small tables and index large ones (a hostile 100,000-node document stays linear).
 */
final class PositionTable {

    /** Pointers repeat across documents ("/spec/mode"): one string each for the whole run. */
    private static final Map<String, String> SHARED = new ConcurrentHashMap<>();
    private static final int SCAN_LIMIT = 32;

    private final String file;
    private String[] pointers = new String[8];
    private long[] positions = new long[8];
    private int size;
    private Map<String, Integer> index;
    private int indexed;
    /** Origins in another file or with a negative position: never made by the YAML reader, kept as given. */
    private Map<String, Origin> unpacked;

    /** @param file the file the positions are in */
    PositionTable(String file) {
        this.file = file;
    }

    /** Records a position; a pointer recorded before keeps its first one (lookups find the first entry). */
    synchronized void putIfAbsent(String pointer, Origin origin) {
        if (!origin.file().equals(file) || origin.line() < 0 || origin.column() < 0) {
            if (unpacked == null) {
                unpacked = new HashMap<>();
            }
            unpacked.putIfAbsent(pointer, origin);
            return;
        }
        if (size == pointers.length) {
            pointers = Arrays.copyOf(pointers, size * 2);
            positions = Arrays.copyOf(positions, size * 2);
        }
        pointers[size] = SHARED.computeIfAbsent(pointer, p -> p);
        positions[size] = ((long) origin.line() << 32) | origin.column();
        size++;
    }

    /** The position recorded first for {@code pointer} (a packed one before an unpacked one), or null. */
    synchronized Origin get(String pointer) {
        int at = find(pointer);
        if (at >= 0) {
            return new Origin(file, (int) (positions[at] >>> 32), (int) positions[at]);
        }
        return unpacked == null ? null : unpacked.get(pointer);
    }

    private int find(String pointer) {
        if (size <= SCAN_LIMIT) {
            for (int i = 0; i < size; i++) {
                if (pointers[i].equals(pointer)) {
                    return i;
                }
            }
            return -1;
        }
        if (index == null) {
            index = new HashMap<>(size * 2);
            indexed = 0;
        }
        for (; indexed < size; indexed++) {
            index.putIfAbsent(pointers[indexed], indexed);
        }
        Integer at = index.get(pointer);
        return at == null ? -1 : at;
    }
}
