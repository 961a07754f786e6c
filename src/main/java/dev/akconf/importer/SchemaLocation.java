package dev.akconf.importer;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The schema path for the editor line of imported files ({@code # yaml-language-server: $schema=...}):
 * <ol>
 *   <li>the {@code schemas/document.schema.json} of the nearest enclosing directory that has one (an
 *       akconf source tree, or a configuration repository that copied the release archive's
 *       {@code schemas/} beside its configuration), relative to the directory the files go in, so the
 *       line works for everyone who clones that repository;</li>
 *   <li>else the schemas shipped with the running akconf (the release archive's {@code schemas/},
 *       beside its {@code lib/akconf.jar}; the source tree's beside {@code target/}), as an absolute
 *       path: right on this machine, and import says how to make it portable;</li>
 *   <li>else {@code ../schemas/document.schema.json}, the layout of {@code config/} in akconf's tree.</li>
 * </ol>
 * Issue 17: a bare {@code ../schemas/} pointed nowhere outside akconf's own tree.
 */
public final class SchemaLocation {

    static final String DEFAULT = "../schemas/document.schema.json";
    private static final Path SCHEMA = Path.of("schemas", "document.schema.json");

    private SchemaLocation() {
    }

    /**
     * @param dir where the files go; null for stdout, which is assumed to go into a directory of the
     *            current one (config/ beside schemas/, as in akconf's tree)
     */
    public static String forDirectory(Path dir) {
        if (dir == null && Files.isRegularFile(SCHEMA)) {
            return DEFAULT;
        }
        Path abs = (dir == null ? Path.of("") : dir).toAbsolutePath().normalize();
        for (Path p = dir == null ? null : abs; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve(SCHEMA))) {
                return abs.relativize(p.resolve(SCHEMA)).toString().replace('\\', '/');
            }
        }
        Path installed = installed();
        return installed != null ? installed.toString().replace('\\', '/') : DEFAULT;
    }

    /** Whether {@link #forDirectory} had to fall back to an absolute path (the caller says how to fix that). */
    public static boolean isMachineSpecific(String location) {
        return location.startsWith("/") || location.matches("[A-Za-z]:/.*");
    }

    /** The document schema of this akconf installation: {@code HOME/schemas/} for {@code HOME/lib/akconf.jar}. */
    static Path installed() {
        try {
            Path code = Path.of(SchemaLocation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // HOME/lib/akconf.jar (release), ROOT/target/akconf.jar or ROOT/target/classes (source tree).
            Path home = code.toAbsolutePath().getParent() == null ? null : code.toAbsolutePath().getParent().getParent();
            Path schema = home == null ? null : home.resolve(SCHEMA);
            return schema != null && Files.isRegularFile(schema) ? schema : null;
        } catch (java.net.URISyntaxException | SecurityException | NullPointerException | IllegalArgumentException e) {
            return null;
        }
    }
}
