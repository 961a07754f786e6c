package dev.akconf.cli;

import dev.akconf.config.ConfigLoader;
import dev.akconf.config.LoadedConfig;
import dev.akconf.config.Resource;
import dev.akconf.importer.FileLayout;
import dev.akconf.importer.ImportedDocument;
import dev.akconf.kinds.ResourceKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Import into a directory that already holds configuration must not declare a resource twice: the
 * second declaration would be a duplicate that validate refuses, written while import exited 0. A
 * resource declared in a file this import replaces (--force) is not a second declaration.
 */
final class ImportConflicts {

    private ImportConflicts() {
    }

    /** The refusal naming both places, or empty when no imported resource is declared already. */
    static Optional<String> check(Path out, List<ImportedDocument> documents, boolean split) {
        if (out == null || !Files.isDirectory(out)) {
            return Optional.empty();
        }
        // Placeholders for variables: only the documents' kinds and names matter here.
        LoadedConfig existing = new ConfigLoader(name -> "placeholder").load(List.of(out));
        Map<ResourceKey, Resource> declared = new HashMap<>();
        existing.resources().forEach(r -> declared.putIfAbsent(r.key(), r));
        List<String> clashes = new ArrayList<>();
        FileLayout.files(documents, split).forEach((name, docs) -> {
            Path target = out.resolve(name);
            for (ImportedDocument d : docs) {
                Resource r = declared.get(d.key());
                if (r != null && !sameFile(Path.of(r.document().file()), target)) {
                    clashes.add(d.key() + " is already declared at " + r.origin() + "; import would declare it again in " + target);
                }
            }
        });
        if (clashes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(String.join("; ", clashes) + " (nothing was written). To bring declared resources in line "
                + "with Authentik, run: akconf refresh -c " + out + " (objects the configuration does not declare "
                + "go to refreshed/), or import only what is new: --name NAME");
    }

    private static boolean sameFile(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
