package dev.akconf.render;

import dev.akconf.diag.Diagnostic;
import java.util.List;

/**
 * What {@code validate} found, as the renderers need it.
 *
 * @param diagnostics sorted diagnostics
 * @param files       YAML files read
 * @param resources   valid resources
 */
public record ValidationReport(List<Diagnostic> diagnostics, int files, int resources) {

    public ValidationReport {
        diagnostics = List.copyOf(diagnostics);
    }

    /** The report of a loaded configuration: its diagnostics sorted, its files and valid resources counted. */
    public static ValidationReport of(dev.akconf.config.LoadedConfig loaded) {
        return new ValidationReport(loaded.diagnostics().sorted(), loaded.files(), loaded.resources().size());
    }

    public long errors() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warnings() {
        return diagnostics.size() - errors();
    }
}
