package dev.akconf.config;

import dev.akconf.diag.Diagnostics;
import dev.akconf.model.Origin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands the {@code -c} paths into YAML files: files are taken as given, directories are walked
 * recursively for {@code *.yaml}/{@code *.yml}, hidden entries skipped, symlinks followed once
 * (a loop is an error, not a hang). Order is stable: by path within each argument.
 */
public final class SourceFinder {

    public List<SourceFile> find(List<Path> roots, Diagnostics diags) {
        Map<Path, SourceFile> found = new LinkedHashMap<>();
        for (Path root : roots) {
            String label = root.toString();
            if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
                diags.error(Origin.ofFile(label), "no such file or directory");
            } else if (!Files.exists(root)) {
                diags.error(Origin.ofFile(label), "broken symbolic link");
            } else if (Files.isDirectory(root)) {
                int before = found.size();
                walk(root, new HashSet<>(), found, diags);
                if (found.size() == before) {
                    diags.error(Origin.ofFile(label), "no *.yaml or *.yml files in this directory");
                }
            } else if (!Files.isRegularFile(root)) {
                diags.error(Origin.ofFile(label), notRegular(root));
            } else {
                add(root, found, diags);
            }
        }
        return new ArrayList<>(found.values());
    }

    private void walk(Path dir, Set<Path> ancestors, Map<Path, SourceFile> found, Diagnostics diags) {
        Path real;
        try {
            real = dir.toRealPath();
        } catch (IOException e) {
            diags.error(Origin.ofFile(dir.toString()), "cannot read directory: " + dev.akconf.diag.FileProblems.describe(e));
            return;
        }
        if (!ancestors.add(real)) {
            diags.error(Origin.ofFile(dir.toString()), "symbolic link loop: this directory contains itself");
            return;
        }
        List<Path> entries;
        try (Stream<Path> list = Files.list(dir)) {
            entries = list.sorted().toList();
        } catch (IOException e) {
            diags.error(Origin.ofFile(dir.toString()), "cannot read directory: " + dev.akconf.diag.FileProblems.describe(e));
            ancestors.remove(real);
            return;
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            if (Files.isDirectory(entry)) {
                walk(entry, ancestors, found, diags);
            } else if (isYaml(name)) {
                if (!Files.exists(entry)) {
                    diags.error(Origin.ofFile(entry.toString()), "broken symbolic link");
                } else if (!Files.isRegularFile(entry)) {
                    diags.error(Origin.ofFile(entry.toString()), notRegular(entry));
                } else {
                    add(entry, found, diags);
                }
            }
        }
        ancestors.remove(real);
    }

    private static void add(Path file, Map<Path, SourceFile> found, Diagnostics diags) {
        try {
            found.putIfAbsent(file.toRealPath(), new SourceFile(file, file.toString()));
        } catch (IOException e) {
            diags.error(Origin.ofFile(file.toString()), "cannot read file: " + dev.akconf.diag.FileProblems.describe(e));
        }
    }

    /** A FIFO would block reading until a writer comes, a device never ends: only regular files are read. */
    private static String notRegular(Path path) {
        String what = dev.akconf.diag.FileProblems.notRegular(path);
        return "is " + (what == null ? "not a regular file" : what) + ", not a YAML file; akconf reads only regular files";
    }

    static boolean isYaml(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml");
    }
}
