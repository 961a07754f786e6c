package dev.akconf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The help texts live in resource bundles (help/*.properties) and are found by command and option
 * name: a renamed option or a mistyped key would print an empty line, so every command, option and
 * positional must have a description, and none may print an unset picocli variable ("null").
 */
class HelpTextsTest {

    @Test
    void everyCommandOptionAndPositionalIsDescribed() {
        List<String> missing = new ArrayList<>();
        walk(Main.commandLine(AppContext.system()), missing);
        assertEquals(List.of(), missing, "help texts without a description");
    }

    @Test
    void noHelpPrintsAnUnsetVariable() {
        List<String> found = new ArrayList<>();
        collectUsage(Main.commandLine(AppContext.system()), found);
        assertEquals(List.of(), found, "help texts with an unset ${...} (write $${VAR} for a literal)");
    }

    @Test
    void theWalkSeesEverySubcommand() {
        CommandLine top = Main.commandLine(AppContext.system());
        assertFalse(top.getSubcommands().isEmpty());
        assertFalse(top.getSubcommands().get("plan").getCommandSpec().options().isEmpty());
    }

    private static void walk(CommandLine cl, List<String> missing) {
        CommandSpec spec = cl.getCommandSpec();
        if (blank(spec.usageMessage().description())) {
            missing.add(spec.qualifiedName() + ": the command");
        }
        List<ArgSpec> args = new ArrayList<>(spec.options());
        args.addAll(spec.positionalParameters());
        for (ArgSpec a : args) {
            if (!a.hidden() && blank(a.description())) {
                missing.add(spec.qualifiedName() + ": " + a);
            }
        }
        cl.getSubcommands().values().stream().distinct().forEach(sub -> {
            if (sub != cl) {
                walk(sub, missing);
            }
        });
    }

    private static void collectUsage(CommandLine cl, List<String> found) {
        String usage = cl.getUsageMessage(CommandLine.Help.Ansi.OFF);
        for (String line : usage.split("\n")) {
            if (line.matches(".*(^|[ (])null([ ,.;:)]|$).*")) {
                found.add(cl.getCommandSpec().qualifiedName() + ": " + line.strip());
            }
        }
        cl.getSubcommands().values().stream().distinct().forEach(sub -> collectUsage(sub, found));
    }

    private static boolean blank(String[] lines) {
        return lines == null || lines.length == 0 || String.join("", lines).isBlank();
    }
}
