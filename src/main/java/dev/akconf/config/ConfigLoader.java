package dev.akconf.config;

import dev.akconf.diag.Diagnostics;
import dev.akconf.model.Origin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Loads configuration from the {@code -c} paths: finds the files, reads and parses them with
 * positions, validates each document, then checks the documents against each other. Offline: it
 * never touches the network.
 */
public final class ConfigLoader {

    private final YamlLimits limits;
    private final SchemaValidator schemas = new SchemaValidator();
    private final DocumentReader documents;

    public ConfigLoader(Function<String, String> env) {
        this(env, YamlLimits.DEFAULT);
    }

    public ConfigLoader(Function<String, String> env, YamlLimits limits) {
        this.limits = limits;
        this.documents = new DocumentReader(new Interpolator(env), schemas);
    }

    public LoadedConfig load(List<Path> roots) {
        // The schemas compile on another core while the files are read and parsed.
        schemas.preloadInBackground();
        Diagnostics diags = new Diagnostics();
        List<SourceFile> files = new SourceFinder().find(roots, diags);
        SourceText reader = new SourceText(limits);
        List<YamlDocument> docs = new ArrayList<>();
        for (SourceFile file : files) {
            reader.read(file, diags).ifPresent(text -> docs.addAll(parse(file.label(), text, diags)));
        }
        return validate(docs, files.size(), diags);
    }

    /** Loads YAML given as text, labelled {@code label} in diagnostics (tests, stdin). */
    public LoadedConfig loadText(String label, String text) {
        Diagnostics diags = new Diagnostics();
        return validate(parse(label, text, diags), 1, diags);
    }

    private List<YamlDocument> parse(String label, String text, Diagnostics diags) {
        List<YamlDocument> docs = new ArrayList<>(new YamlReader(limits).read(label, text, diags));
        // An empty document (a lone "---" or only comments) declares nothing and is not an error.
        docs.removeIf(d -> d.root().isNull() || (d.root().isString() && d.root().asString().isEmpty()));
        if (docs.isEmpty() && !diags.hasErrors()) {
            diags.warning(Origin.ofFile(label), "file declares no resources (it is empty)");
        }
        return docs;
    }

    private LoadedConfig validate(List<YamlDocument> docs, int fileCount, Diagnostics diags) {
        List<Resource> resources = new ArrayList<>();
        dev.akconf.model.RuleSettings settings = dev.akconf.model.RuleSettings.DEFAULTS;
        YamlDocument settingsDoc = null;
        for (YamlDocument doc : docs) {
            if (DocumentReader.isSettings(doc)) {
                if (settingsDoc != null) {
                    diags.error(doc.start(), "a second Settings document: the first is at " + settingsDoc.start());
                    continue;
                }
                settingsDoc = doc;
                settings = documents.readSettings(doc, diags).orElse(settings);
            } else {
                documents.read(doc, diags).ifPresent(resources::add);
            }
        }
        java.util.Set<dev.akconf.model.ResourceKey> claimed = new java.util.HashSet<>();
        docs.forEach(d -> DocumentReader.claimedKey(d).ifPresent(claimed::add));
        new CrossChecks().check(resources, claimed, diags);
        return new LoadedConfig(resources, settings, diags, fileCount, docs.size());
    }
}
