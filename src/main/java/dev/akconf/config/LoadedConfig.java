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

    /** Every value taken from a sensitive variable, for the client to mask wherever it quotes the server. */
    public List<String> sensitiveValues() {
        return resources.stream().flatMap(r -> r.secretValues().stream()).distinct().toList();
    }
}
