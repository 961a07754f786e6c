package dev.akconf.cli;

import dev.akconf.authentik.AuthentikException;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Entry point: builds the picocli command tree with akconf's exit codes and error handling, so every
 * failure is one line on stderr and a documented exit code, never a stack trace.
 */
public final class Main {

    private Main() {
    }

    private static final int HELP_WIDTH = 100;

    /** Commands that talk to Authentik: their HTTP client warms up while picocli reads the command line. */
    private static final java.util.Set<String> ONLINE = java.util.Set.of("plan", "apply", "drift", "import");

    public static void main(String[] args) {
        if (args.length > 0 && ONLINE.contains(args[0])) {
            dev.akconf.authentik.HttpWarmup.start();
        }
        int exit = commandLine(AppContext.system()).execute(args);
        // akconf bench's window into its child processes (peak heap); a no-op unless AKCONF_STATS_FILE is set.
        dev.akconf.bench.ExitStats.writeIfRequested(System.getenv(dev.akconf.bench.ExitStats.ENV));
        System.exit(exit);
    }

    /** The configured command line; tests call this with their own context and writers. */
    public static CommandLine commandLine(AppContext context) {
        CommandLine cmd = new CommandLine(new AkconfCommand(context));
        // Every command's help, wrapped at the same width whatever the terminal.
        cmd.setUsageHelpWidth(HELP_WIDTH);
        cmd.setParameterExceptionHandler(Main::usageError);
        cmd.setExecutionExceptionHandler((e, line, parsed) -> internalError(e, line));
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        // An Error passes picocli's exception handlers; a full heap still ends in one line (not a trace).
        CommandLine.IExecutionStrategy run = new CommandLine.RunLast();
        cmd.setExecutionStrategy(parsed -> {
            try {
                return run.execute(parsed);
            } catch (OutOfMemoryError e) {
                return outOfMemory(parsed.commandSpec().commandLine());
            }
        });
        return cmd;
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("akconf: " + UsageMessages.of(e));
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCodes.USAGE;
    }

    private static int outOfMemory(CommandLine cmd) {
        PrintWriter err = cmd.getErr();
        err.println("akconf: " + OutOfMemory.message());
        err.flush();
        return ExitCodes.INTERNAL;
    }

    private static int internalError(Exception e, CommandLine cmd) {
        if (e instanceof CommandLine.ParameterException pe) {
            return usageError(pe, new String[0]);
        }
        if (OutOfMemory.find(e) != null) {
            return outOfMemory(cmd);
        }
        PrintWriter err = cmd.getErr();
        if (e instanceof AuthentikException ae) {
            // Already one line, with the HTTP status and Authentik's own message, and no token.
            err.println("akconf: " + dev.akconf.render.Safe.text(ae.getMessage()));
            err.flush();
            return ae.exitCode();
        }
        if (e instanceof OutputFileException of) {
            err.println("akconf: " + dev.akconf.render.Safe.text(of.getMessage()));
            err.flush();
            return of.exitCode();
        }
        if (e instanceof java.io.IOException io) {
            err.println("akconf: " + dev.akconf.render.Safe.text(dev.akconf.diag.FileProblems.describe(io)));
            err.flush();
            return ExitCodes.INTERNAL;
        }
        // The reason in words; a Java class name means nothing to the user (and the report needs the message).
        String reason = e.getMessage() == null || e.getMessage().isBlank() ? "an unexpected failure without a message" : e.getMessage();
        err.println("akconf: internal error: " + dev.akconf.render.Safe.text(reason) + " (please report this)");
        err.flush();
        return ExitCodes.INTERNAL;
    }
}
