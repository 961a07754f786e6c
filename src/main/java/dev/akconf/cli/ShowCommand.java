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
@Command(usageHelpWidth = 100, name = "show", mixinStandardHelpOptions = true,
        description = {
            "Print a plan saved with plan --out exactly as plan printed it (text, json or markdown), for "
                + "example in the apply job, from the reviewed file. Offline: reads only PLANFILE, needs no "
                + "token and sends nothing. Sensitive values are not in plan files, so they are not shown."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  akconf show plan.json                        # what apply plan.json is about to do",
            "  akconf show plan.json --output json          # the same document as plan --output json",
            "  akconf show plan.json --output markdown      # the pull-request comment",
            "",
            "Exit codes: 0 shown, 64 not a readable plan file or bad usage."})
public final class ShowCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "PLANFILE", description = "A plan saved with plan --out.")
    private Path planFile;

    @Mixin
    private OutputOption output;

    @Option(names = "--show-unmanaged", description = "List every unmanaged object in the text plan (by default only their count).")
    private boolean showUnmanaged;

    public ShowCommand(AppContext context) {
        super(context);
    }

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
