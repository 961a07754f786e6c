package dev.akconf.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.cli.AppContext;
import dev.akconf.cli.CliRun;
import dev.akconf.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What a Terraform user types and expects: cancel exits 1, single-dash options and typos get a hint, completion. */
class TerraformHabitsTest {

    @TempDir
    Path dir;

    @Test
    void answeringAnythingButYesCancelsWithExit1AndWritesNothing() {
        try (SimHarness h = SimHarness.incident()) {
            for (String answer : new String[] {"no", "y", "YES please", null}) {
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                CommandLine cmd = Main.commandLine(new AppContext(h.env()::get, true, () -> answer));
                cmd.setOut(new PrintWriter(out, true));
                cmd.setErr(new PrintWriter(err, true));
                int code = cmd.execute("apply", "-c", "config", "--no-color");
                assertEquals(1, code, () -> answer + ": " + out + err);
                assertTrue(out.toString().endsWith("Apply cancelled." + System.lineSeparator()), out::toString);
                assertEquals(List.of(), h.writes(), "nothing written");
            }
        }
    }

    @Test
    void singleDashOptionsAndMisspeltCommandsGetTheRightHintAndNoValue() {
        assertHint(CliRun.run("plan", "-detailed-exitcode"), "unknown option -detailed-exitcode; did you mean --detailed-exitcode?");
        assertHint(CliRun.run("plan", "-out=secret-plan-path.json"), "unknown option -out; did you mean --out?");
        assertHint(CliRun.run("apply", "-auto-approve"), "unknown option -auto-approve; did you mean --auto-approve?");
        assertHint(CliRun.run("drift", "-no-color"), "unknown option -no-color; did you mean --no-color?");
        assertHint(CliRun.run("plan", "--detailed-exitcod"), "unknown option --detailed-exitcod; did you mean --detailed-exitcode?");
        assertHint(CliRun.run("pln", "-c", "config"), "unknown command \"pln\"; did you mean plan?");
        assertHint(CliRun.run("shwo"), "unknown command \"shwo\"; did you mean show?");
        CliRun value = CliRun.run("plan", "-token=ak-1234secret");
        assertEquals(64, value.exitCode());
        assertFalse(value.all().contains("ak-1234secret"), value::toString);
        assertFalse(CliRun.run("plan", "-out=secret-plan-path.json").all().contains("secret-plan-path"), "the value is not repeated");
    }

    private static void assertHint(CliRun run, String line) {
        assertEquals(64, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("akconf: " + line + System.lineSeparator()), run::toString);
    }

    @Test
    void planOutSaysWhatToRunNext() {
        try (SimHarness h = SimHarness.incident()) {
            String file = dir.resolve("plan.json").toString();
            CliRun plan = h.run("plan", "-c", "config", "--out", file);
            assertEquals(0, plan.exitCode(), plan::toString);
            assertTrue(plan.err().endsWith("Saved the plan to " + file + ". Apply it with: akconf apply " + file + System.lineSeparator()),
                    plan::toString);
        }
    }

    @Test
    void completionOffersTheValuesAkconfAcceptsForBothSpellingsOfTheCommand() throws Exception {
        Path script = dir.resolve("akconf.bash");
        Files.writeString(script, CliRun.run("completion").out());
        assertEquals("ScopeMapping Group ProxyProvider Application Outpost ExpressionPolicy PolicyBinding", complete(script, "./akconf", "import", "--kind", ""));
        assertEquals("ScopeMapping Group ProxyProvider Application Outpost ExpressionPolicy PolicyBinding", complete(script, "akconf", "import", "--kind", ""));
        assertEquals("text json markdown", complete(script, "akconf", "show", "--output", ""));
        assertEquals("text json markdown", complete(script, "./akconf", "plan", "--output", ""));
        String rules = String.join(" ", java.util.Arrays.stream(dev.akconf.rules.RuleId.values()).map(Enum::name).toList());
        assertEquals(rules, complete(script, "akconf", "apply", "--allow", ""));
        for (String kind : complete(script, "akconf", "import", "--kind", "").split(" ")) {
            CliRun run = CliRun.run("import", "--kind", kind, "--all", "--url", "http://127.0.0.1:9");
            assertFalse(run.err().contains("unknown kind"), "completion offers only accepted values: " + run);
        }
    }

    /** The words bash would offer for the last (empty or partial) word, with the script's compspec for {@code words[0]}. */
    private static String complete(Path script, String... words) throws IOException, InterruptedException {
        String line = String.join(" ", words);
        String program = "source " + script + " 2>/dev/null\n"
                + "spec=$(complete -p " + words[0] + ") || exit 9\n"
                + "COMP_WORDS=(" + String.join(" ", java.util.Arrays.stream(words).map(w -> "'" + w + "'").toList()) + ")\n"
                + "COMP_CWORD=" + (words.length - 1) + "\nCOMP_LINE='" + line + "'\nCOMP_POINT=${#COMP_LINE}\n"
                + "_complete_akconf 2>/dev/null\necho \"${COMPREPLY[*]}\"\n";
        Process p = new ProcessBuilder("bash", "-c", program).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), () -> "no compspec for " + words[0] + ": " + out);
        return out;
    }
}
