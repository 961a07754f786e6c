package dev.akconf.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code akconf completion}: prints a bash completion script for every command and option. */
@Command(usageHelpWidth = 100, name = "completion", mixinStandardHelpOptions = true,
        description = "Print a bash (and zsh, via bashcompinit) completion script for akconf: commands, options "
            + "and the values options accept (--kind ProxyProvider, --output json). It completes both an installed "
            + "akconf and ./akconf in the source tree.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  source <(akconf completion)                              # this shell",
            "  akconf completion > /etc/bash_completion.d/akconf        # every shell"})
public final class CompletionCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        // Bash looks a compspec up by the command word as typed: "./akconf" (the source tree's launcher)
        // is another word than an installed "akconf", so both are registered.
        String script = AutoComplete.bash("akconf", spec.parent().commandLine())
                .replaceFirst("(?m)^(complete -F _complete_akconf -o default akconf)( |$)", "$1 ./akconf$2");
        spec.commandLine().getOut().print(script);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
