package dev.akconf.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code akconf completion}: prints a bash completion script for every command and option. */
@Command(name = "completion", mixinStandardHelpOptions = true, resourceBundle = "dev.akconf.cli.help.completion")
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
