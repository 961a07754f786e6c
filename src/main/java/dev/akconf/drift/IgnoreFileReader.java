package dev.akconf.drift;

import dev.akconf.config.SourceFile;
import dev.akconf.config.SourceText;
import dev.akconf.config.YamlDocument;
import dev.akconf.config.YamlLimits;
import dev.akconf.config.YamlReader;
import dev.akconf.diag.Diagnostics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads a drift ignore file: a YAML list of {@code {kind, name, path?, reason}}. Every problem is a
 * diagnostic at its {@code FILE:LINE:COLUMN}, all reported in one run, as for configuration.
 */
public final class IgnoreFileReader {

    static final List<String> KEYS = List.of("kind", "name", "path", "reason");

    /** The rules, or the diagnostics that make the file unusable. */
    public record Result(List<IgnoreRule> rules, Diagnostics diagnostics) {
        public Result {
            rules = List.copyOf(rules);
        }
    }

    public Result read(Path file) {
        Diagnostics diags = new Diagnostics();
        String label = file.toString();
        Optional<String> text = new SourceText(YamlLimits.DEFAULT).read(new SourceFile(file, label), diags);
        if (text.isEmpty()) {
            return new Result(List.of(), diags);
        }
        List<YamlDocument> docs = new YamlReader(YamlLimits.DEFAULT).read(label, text.get(), diags);
        List<IgnoreRule> rules = new ArrayList<>();
        for (YamlDocument doc : docs) {
            if (doc.index() > 0) {
                diags.error(doc.start(), "an ignore file holds one list; remove the --- and join the lists");
                continue;
            }
            JsonNode root = doc.root();
            if (root.isNull() || (root.isString() && root.asString().isEmpty())) {
                continue; // an empty file ignores nothing
            }
            if (!root.isArray()) {
                diags.error(doc.start(), "an ignore file is a list of entries like"
                        + " {kind: ProxyProvider, name: ..., path: access_token_validity, reason: ...}");
                continue;
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < root.size(); i++) {
                new IgnoreEntry(doc, "/" + i, diags).rule().ifPresent(r -> {
                    if (!seen.add(r.describe())) {
                        diags.warning(r.origin(), "duplicate ignore entry for " + r.describe());
                    }
                    rules.add(r);
                });
            }
        }
        return new Result(diags.hasErrors() ? List.of() : rules, diags);
    }
}
