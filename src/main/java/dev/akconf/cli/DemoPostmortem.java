package dev.akconf.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The post-mortem's original fix, bundled as {@code src/main/resources/demo/postmortem/*.yaml}: the
 * configuration as it was made by hand, which the demo's first step validates. Inside the jar the
 * files are copied to a temporary directory (the configuration loader reads files); a build without
 * the directory gives none, and the demo skips that step.
 */
final class DemoPostmortem implements AutoCloseable {

    static final String RESOURCE = "/demo/postmortem/";

    private final Path dir;
    private final boolean temporary;

    private DemoPostmortem(Path dir, boolean temporary) {
        this.dir = dir;
        this.temporary = temporary;
    }

    /** The bundled files as a directory to validate, or empty when this build has none. */
    static Optional<DemoPostmortem> open() {
        URL url = DemoPostmortem.class.getResource(RESOURCE);
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return Optional.of(new DemoPostmortem(Path.of(uri), false)).filter(DemoPostmortem::hasYaml);
            }
            FileSystem fs;
            try {
                fs = FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                fs = FileSystems.getFileSystem(uri);
            }
            Path copy = Files.createTempDirectory("akconf-demo-").resolve("postmortem");
            Files.createDirectories(copy);
            for (Path f : yamlFiles(fs.provider().getPath(uri))) {
                Files.copy(f, copy.resolve(f.getFileName().toString()));
            }
            DemoPostmortem bundled = new DemoPostmortem(copy, true);
            if (!bundled.hasYaml()) {
                bundled.close();
                return Optional.empty();
            }
            return Optional.of(bundled);
        } catch (URISyntaxException | IOException e) {
            return Optional.empty();
        }
    }

    Path dir() {
        return dir;
    }

    private boolean hasYaml() {
        try {
            return !yamlFiles(dir).isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static List<Path> yamlFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Override
    public void close() {
        if (!temporary) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir.getParent())) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
