package dev.akconf.cli;

import dev.akconf.plan.Plan;
import dev.akconf.plan.PlanJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code akconf show}: a saved plan, rendered exactly as plan rendered it; offline. */
@Command(name = "show", mixinStandardHelpOptions = true, resourceBundle = "dev.akconf.cli.help.show")
public final class ShowCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "PLANFILE", descriptionKey = "planfile") private Path planFile;
    @Mixin private OutputOption output;
    @Option(names = "--show-unmanaged") private boolean showUnmanaged;

    @Override
    public Integer call() {
        Plan plan = read(spec, planFile);
        output.view(style(), showUnmanaged, planFile.toString(), out()).plan(plan);
        return ExitCodes.OK;
    }

    /** A saved plan, or a usage error (exit 64) saying in one line why the file is not one. */
    static Plan read(picocli.CommandLine.Model.CommandSpec spec, Path planFile) {
        String notRegular = dev.akconf.diag.FileProblems.notRegular(planFile);
        if (notRegular != null) {
            throw new ParameterException(spec.commandLine(), planFile + ": is " + notRegular + ", not a plan file");
        }
        try {
            return PlanJson.read(Files.readString(planFile));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), planFile + ": " + e.getMessage());
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "cannot read the plan file: " + dev.akconf.diag.FileProblems.describe(e));
        }
    }
}
