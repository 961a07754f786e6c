package dev.akconf.importer;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The schema path for the editor line of imported files, relative to the directory they go in: the
 * {@code schemas/document.schema.json} of the nearest enclosing directory that has one (an akconf
 * repository), else {@code ../schemas/document.schema.json}, the layout of {@code config/}.
 */
public final class SchemaLocation {

    static final String DEFAULT = "../schemas/document.schema.json";
    private static final Path SCHEMA = Path.of("schemas", "document.schema.json");

    private SchemaLocation() {
    }

    /** @param dir where the files go; null for stdout */
    public static String forDirectory(Path dir) {
        if (dir == null) {
            return DEFAULT;
        }
        Path abs = dir.toAbsolutePath().normalize();
        for (Path p = abs; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve(SCHEMA))) {
                return abs.relativize(p.resolve(SCHEMA)).toString().replace('\\', '/');
            }
        }
        return DEFAULT;
    }
}
