package dev.akconf.cli;

import dev.akconf.config.ConfigLoader;
import dev.akconf.config.LoadedConfig;
import dev.akconf.diag.Diagnostics;
import dev.akconf.rules.ConfigRules;
import java.nio.file.Path;
import java.util.List;

/** Loads the configuration and runs the guardrail rules on it: what validate reports and plan requires. */
final class CheckedConfig {

    private CheckedConfig() {
    }

    /** @param strict {@code --strict}: every warning counts as an error */
    static LoadedConfig load(AppContext context, List<Path> paths, boolean strict) {
        LoadedConfig loaded = new ConfigLoader(context.env()).load(paths);
        Diagnostics diags = loaded.diagnostics();
        if (!diags.hasErrors()) {
            // Guardrails judge a configuration that is otherwise sound; on a broken one they would guess.
            ConfigRules.check(loaded.resources(), loaded.settings(), diags);
        }
        if (strict) {
            diags = diags.strict();
        }
        return new LoadedConfig(loaded.resources(), loaded.settings(), diags, loaded.files(), loaded.documents());
    }
}
