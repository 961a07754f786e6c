package dev.akconf.cli;

import picocli.CommandLine.Command;

/** The top-level {@code akconf} command; it only groups the subcommands. */
@Command(usageHelpWidth = 100, name = "akconf",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Authentik configuration as reviewed, versioned YAML.",
            "validate checks it offline; plan diffs it against the live Authentik API; apply makes Authentik match it."},
        subcommands = {DemoCommand.class, ValidateCommand.class, PlanCommand.class, ShowCommand.class, ApplyCommand.class, DriftCommand.class, RefreshCommand.class, ImportCommand.class,
            ExplainCommand.class, CompletionCommand.class, BenchCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {
            "  akconf demo                          # the whole job against a simulated Authentik",
            "  akconf validate -c config/",
            "  AUTHENTIK_URL=https://auth.example.com AUTHENTIK_TOKEN=... akconf plan --detailed-exitcode",
            "  akconf plan --help",
            "",
            "Exit codes: 0 ok, 1 internal error, 2 changes present, 3 invalid configuration,",
            "4 Authentik API error, 5 stale plan, 64 bad usage."})
public final class AkconfCommand implements Runnable {

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        // "akconf" alone: show what there is to do rather than silently succeeding.
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }
}
