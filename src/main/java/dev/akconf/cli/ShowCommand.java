package dev.akconf.cli;

import dev.akconf.plan.Plan;
import dev.akconf.plan.PlanJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

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
public final class ShowCommand implements Callable<Integer> {

    private final AppContext context;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PLANFILE", description = "A plan saved with plan --out.")
    private Path planFile;

    @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "text", description = "text (default), json or markdown.")
    private OutputFormat output;

    @Option(names = "--show-unmanaged", description = "List every unmanaged object in the text plan (by default only their count).")
    private boolean showUnmanaged;

    @Mixin
    private ColorOption color;

    public ShowCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Plan plan = read(spec, planFile);
        output.view(color.style(context), showUnmanaged, planFile.toString(), spec.commandLine().getOut()).plan(plan);
        return ExitCodes.OK;
    }

    /** A saved plan, or a usage error (exit 64) saying in one line why the file is not one. */
    static Plan read(CommandSpec spec, Path planFile) {
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
