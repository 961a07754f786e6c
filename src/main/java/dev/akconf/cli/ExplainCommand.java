package dev.akconf.cli;

import dev.akconf.rules.RuleId;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code akconf explain [RULE]}: what a guardrail rule checks, why, and how to fix or suppress it. */
@Command(name = "explain", mixinStandardHelpOptions = true, resourceBundle = "dev.akconf.cli.help.explain")
public final class ExplainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "RULE", completionCandidates = RuleIds.class, descriptionKey = "rule")
    private String rule;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (rule == null) {
            for (RuleId r : RuleId.values()) {
                out.println(r.name() + "  " + r.summary());
            }
            out.println();
            out.println("akconf explain RULE for the details.");
        } else {
            RuleId r = Arrays.stream(RuleId.values()).filter(id -> id.name().equals(rule.toUpperCase(Locale.ROOT))).findFirst()
                    .orElseThrow(() -> new ParameterException(spec.commandLine(), "no rule " + rule + " (akconf explain lists them)"));
            out.print(r.explanation());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
