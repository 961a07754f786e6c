package dev.akconf.config;

import dev.akconf.diag.Diagnostics;
import java.util.List;

/**
 * The result of loading and validating configuration: every resource that passed, and every problem.
 * Later stages run only when {@code diagnostics().hasErrors()} is false.
 */
public record LoadedConfig(List<Resource> resources, dev.akconf.model.RuleSettings settings, Diagnostics diagnostics,
                           int files, int documents) {

    public LoadedConfig {
        resources = List.copyOf(resources);
    }
}
