package dev.akconf.config;

import dev.akconf.concurrent.Tasks;
import dev.akconf.diag.Diagnostics;
import dev.akconf.model.Origin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
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
        return load(roots, java.util.Map.of());
    }

    /**
     * Loads as {@link #load(List)} does, taking the text of a file whose label is in {@code texts}
     * from there instead of the disk: refresh validates the files it is about to write this way.
     */
    public LoadedConfig load(List<Path> roots, java.util.Map<String, String> texts) {
        // The schemas compile on another core while the files are read and parsed.
        schemas.preloadInBackground();
        Diagnostics diags = new Diagnostics();
        List<SourceFile> files = new SourceFinder().find(roots, diags);
        SourceText reader = new SourceText(limits);
        // Each file's documents are validated on a second thread while the next file is parsed: the
        // two take about half of loading a large configuration each. One thread, in file order, so the
        // result is the one-thread result.
        DocumentSet set = new DocumentSet(documents);
        try (Tasks lane = Tasks.bounded("akconf-validate", 1)) {
            List<Future<?>> batches = new ArrayList<>();
            for (SourceFile file : files) {
                (texts.containsKey(file.label()) ? java.util.Optional.of(texts.get(file.label())) : reader.read(file, diags)).ifPresent(text -> {
                    List<YamlDocument> docs = parse(file.label(), text, diags);
                    batches.add(lane.start(() -> docs.forEach(set::add)));
                });
            }
            batches.forEach(batch -> Tasks.await(batch, e -> new IllegalStateException("interrupted while validating the configuration", e)));
        }
        return set.finish(diags, files.size());
    }

    /** Loads YAML given as text, labelled {@code label} in diagnostics (tests, stdin). */
    public LoadedConfig loadText(String label, String text) {
        Diagnostics diags = new Diagnostics();
        DocumentSet set = new DocumentSet(documents);
        parse(label, text, diags).forEach(set::add);
        return set.finish(diags, 1);
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
}
