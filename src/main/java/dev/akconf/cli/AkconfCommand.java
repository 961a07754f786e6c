package dev.akconf.cli;

import picocli.CommandLine.Command;

/**
 * The top-level {@code akconf} command; it only groups the subcommands, and holds the process they
 * run in (they reach it as their {@code @ParentCommand}). Its help texts, and those its subcommands
 * share, are in {@code help/akconf.properties}.
 */
@Command(name = "akconf", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = "dev.akconf.cli.help.akconf",
        subcommands = {DemoCommand.class, ValidateCommand.class, PlanCommand.class, ShowCommand.class, ApplyCommand.class, DriftCommand.class, RefreshCommand.class, ImportCommand.class,
            ExplainCommand.class, CompletionCommand.class, BenchCommand.class})
public final class AkconfCommand implements Runnable {

    private final AppContext context;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    AkconfCommand(AppContext context) {
        this.context = context;
    }

    /** The process the command line runs in. */
    AppContext context() {
        return context;
    }

    @Override
    public void run() {
        // "akconf" alone: show what there is to do rather than silently succeeding.
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }
}
