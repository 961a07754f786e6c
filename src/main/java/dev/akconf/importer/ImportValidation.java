package dev.akconf.importer;

import dev.akconf.config.ConfigLoader;
import dev.akconf.config.LoadedConfig;
import dev.akconf.diag.Diagnostics;
import java.util.Map;

/**
 * Validates imported files as {@code akconf validate} would, before they are written: a failure is
 * either an akconf bug or a value Authentik holds that akconf refuses, and either way the user must
 * hear of it. Placeholders of sensitive values stand for a dummy text here.
 */
public final class ImportValidation {

    private ImportValidation() {
    }

    /** @param files label (file path as shown) → YAML text */
    public static Diagnostics check(Map<String, String> files) {
        // Every ${ from Authentik was escaped, so a variable here is a placeholder import wrote.
        ConfigLoader loader = new ConfigLoader(name -> "placeholder");
        Diagnostics all = new Diagnostics();
        files.forEach((label, text) -> {
            LoadedConfig loaded = loader.loadText(label, text);
            all.addAll(loaded.diagnostics());
        });
        return all;
    }
}
