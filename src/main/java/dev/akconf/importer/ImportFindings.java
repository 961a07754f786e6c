package dev.akconf.importer;

import dev.akconf.config.ConfigLoader;
import dev.akconf.config.LoadedConfig;
import dev.akconf.kinds.ResourceKey;
import dev.akconf.rules.ConfigRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Import adopts Authentik as it is found, which may be exactly what a guardrail exists to stop (the
 * incident's own state trips AK001). Rather than refuse to adopt it, or hide it, each finding becomes
 * an {@code akconf.io/suppress} entry whose reason quotes the finding and asks for review, with a
 * note above the document and a warning on stderr: the risk is adopted visibly, in the pull request.
 */
public final class ImportFindings {

    static final String REASON = "imported as found in Authentik; review, fix and remove this suppression: ";

    private ImportFindings() {
    }

    public static List<ImportedDocument> reviewable(List<ImportedDocument> documents, Consumer<String> warn) {
        DocumentWriter writer = new DocumentWriter("", List.of());
        // Every ${ from Authentik was escaped, so a variable here is a placeholder import wrote.
        LoadedConfig loaded = new ConfigLoader(name -> "placeholder").loadText("import", writer.file(documents));
        if (loaded.diagnostics().hasErrors()) {
            return documents; // reported by the validation that follows
        }
        Map<ResourceKey, ImportedDocument> byKey = new HashMap<>();
        documents.forEach(d -> byKey.put(d.key(), d));
        for (ConfigRules.Finding f : ConfigRules.findings(loaded.resources(), loaded.settings())) {
            String rule = f.diagnostic().rule();
            ImportedDocument d = byKey.get(f.resource().key());
            if (rule == null || d == null || d.suppress().containsKey(rule)) {
                continue;
            }
            String message = f.diagnostic().message();
            byKey.put(d.key(), d.withSuppression(rule, REASON + message,
                    rule + " (" + f.diagnostic().severity().label() + "): " + message + ". Suppressed on import for review; see akconf explain " + rule + "."));
            warn.accept(f.resource().key() + ": " + rule + ": " + message + " (suppressed in the imported file for review)");
        }
        List<ImportedDocument> out = new ArrayList<>();
        documents.forEach(d -> out.add(byKey.get(d.key())));
        return out;
    }
}
