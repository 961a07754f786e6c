package dev.akconf.config;

import dev.akconf.diag.Diagnostics;
import dev.akconf.kinds.ResourceKey;
import dev.akconf.model.RuleSettings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The documents of one configuration, validated one at a time in file order: resources, the one
 * Settings document, and their diagnostics. Not thread-safe; {@link ConfigLoader} feeds it from a
 * single thread.
 */
final class DocumentSet {

    private final DocumentReader reader;
    private final Diagnostics diags = new Diagnostics();
    private final List<YamlDocument> docs = new ArrayList<>();
    private final List<Resource> resources = new ArrayList<>();
    private RuleSettings settings = RuleSettings.DEFAULTS;
    private YamlDocument settingsDoc;

    DocumentSet(DocumentReader reader) {
        this.reader = reader;
    }

    void add(YamlDocument doc) {
        if (DocumentReader.isSettings(doc)) {
            docs.add(doc);
            if (settingsDoc != null) {
                diags.error(doc.start(), "a second Settings document: the first is at " + settingsDoc.start());
                return;
            }
            settingsDoc = doc;
            settings = reader.readSettings(doc, diags).orElse(settings);
        } else {
            // The document as substituted: what it claims is what its ${VAR}s say.
            DocumentReader.Read read = reader.read(doc, diags);
            docs.add(read.document());
            read.resource().ifPresent(resources::add);
        }
    }

    /**
     * The loaded configuration: the documents' cross checks run now, over all of them.
     *
     * @param earlier diagnostics from finding, reading and parsing the files, listed first
     */
    LoadedConfig finish(Diagnostics earlier, int fileCount) {
        Diagnostics all = new Diagnostics();
        all.addAll(earlier);
        all.addAll(diags);
        Set<ResourceKey> claimed = new HashSet<>();
        docs.forEach(d -> DocumentReader.claimedKey(d).ifPresent(claimed::add));
        new CrossChecks().check(resources, claimed, all);
        return new LoadedConfig(resources, settings, all, fileCount, docs.size());
    }
}
