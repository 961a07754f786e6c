package dev.akconf.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The {@code -c/--config} option shared by every command that reads configuration. */
public final class ConfigPaths {

    @Option(names = {"-c", "--config"}, paramLabel = "PATH") private List<Path> paths = new ArrayList<>();

    /** Whether {@code -c} was given at all (apply takes either a plan file or configuration). */
    public boolean given() {
        return !paths.isEmpty();
    }

    public List<Path> paths() {
        return paths.isEmpty() ? List.of(Path.of("config")) : List.copyOf(paths);
    }
}
