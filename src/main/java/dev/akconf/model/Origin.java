package dev.akconf.model;

/**
 * Where a value came from: a file and, when a YAML node exists, its 1-based line and column.
 * Line 0 means "the file as a whole" (an unreadable file has no node to point at).
 */
public record Origin(String file, int line, int column) {

    public Origin {
        if (file == null) {
            throw new IllegalArgumentException("file must not be null");
        }
    }

    public static Origin ofFile(String file) {
        return new Origin(file, 0, 0);
    }

    public boolean hasPosition() {
        return line > 0;
    }

    /** {@code FILE:LINE:COLUMN}, or {@code FILE} alone when there is no node to point at. */
    @Override
    public String toString() {
        return hasPosition() ? file + ":" + line + ":" + column : file;
    }
}
