package dev.akconf.cli;

import dev.akconf.plan.Plan;
import dev.akconf.plan.PlanJson;
import dev.akconf.render.Notices;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code akconf plan}: what apply would change, read from the live Authentik API; never writes to it. */
@Command(name = "plan", mixinStandardHelpOptions = true, resourceBundle = "dev.akconf.cli.help.plan")
public final class PlanCommand extends OnlineCommand {

    @Mixin private AllowOption allow;
    @Mixin private OutputOption output;
    @Option(names = "--out", paramLabel = "FILE") private Path out;
    @Option(names = "--detailed-exitcode") private boolean detailedExitcode;
    @Mixin private UnmanagedOptions unmanaged;
    @Mixin private StrictOption strict;

    @Override
    public Integer call() throws IOException {
        // Overlaps the HTTP client's cold start with reading the configuration; sends nothing.
        dev.akconf.authentik.HttpWarmup.start();
        OutputFiles.check("--out", out);
        Notices notices = notices();
        Optional<Plan> plan = pipeline(notices).plan(config.paths(), strict.on(), allow.rules(), this::connect);
        if (plan.isEmpty()) {
            return ExitCodes.INVALID_CONFIG;
        }
        Plan shown = unmanaged.applyTo(plan.get());
        String saved = out == null ? null : out.toString();
        output.view(style(), unmanaged.show(), saved, out()).plan(shown);
        if (out != null) {
            // Written to a temporary file and moved into place, so a reader never sees half a plan.
            OutputFiles.write("--out", out, PlanJson.write(shown, true), false);
            // On stderr, so stdout stays exactly what akconf show prints from the file (and a JSON plan stays JSON).
            notices.saved(saved);
        }
        return detailedExitcode && shown.hasChanges() ? ExitCodes.CHANGES : ExitCodes.OK;
    }
}
