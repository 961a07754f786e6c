package dev.akconf.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code akconf completion}: prints a bash completion script for every command and option. */
@Command(usageHelpWidth = 100, name = "completion", mixinStandardHelpOptions = true,
        description = "Print a bash (and zsh, via bashcompinit) completion script for akconf.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  source <(akconf completion)                              # this shell",
            "  akconf completion > /etc/bash_completion.d/akconf        # every shell"})
public final class CompletionCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        String script = AutoComplete.bash("akconf", spec.parent().commandLine());
        spec.commandLine().getOut().print(script);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
