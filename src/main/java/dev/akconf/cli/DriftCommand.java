package dev.akconf.cli;

import dev.akconf.authentik.AuthentikException;
import dev.akconf.drift.DriftAnalyzer;
import dev.akconf.drift.DriftReport;
import dev.akconf.drift.IgnoreFileReader;
import dev.akconf.drift.IgnoreRule;
import dev.akconf.plan.Plan;
import dev.akconf.render.DriftJUnit;
import dev.akconf.render.DriftMetrics;
import dev.akconf.render.Notices;
import dev.akconf.render.Style;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code akconf drift}: a read-only plan for a scheduled job, with exit codes, JUnit XML and metrics for alerting. */
@Command(name = "drift", mixinStandardHelpOptions = true, resourceBundle = "dev.akconf.cli.help.drift")
public final class DriftCommand extends OnlineCommand {

    @Mixin private OutputOption output;
    @Option(names = "--junit", paramLabel = "FILE") private Path junit;
    @Option(names = "--metrics", paramLabel = "FILE") private Path metrics;
    @Option(names = "--ignore", paramLabel = "FILE") private Path ignoreFile;
    @Option(names = "--ignore-unmanaged") private boolean ignoreUnmanaged;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = err();
        // Bad output paths are usage errors before anything runs (and the failure files could not be written either).
        OutputFiles.check("--junit", junit);
        OutputFiles.check("--metrics", metrics);
        boolean done = false;
        try {
            int code = check(err);
            if (code == ExitCodes.INVALID_CONFIG) {
                failed("the configuration or the ignore file is invalid, or a reference resolves to nothing");
            }
            done = true;
            return code;
        } catch (AuthentikException e) {
            failed(e.getMessage());
            done = true;
            // One line with the status and Authentik's message, never the token, as Main prints it.
            new Notices(err, Style.PLAIN).error(e.getMessage());
            return e.exitCode();
        } catch (OutputFileException e) {
            failed(e.getMessage()); // the other file may still be writable
            done = true;
            throw e;
        } finally {
            if (!done) {
                failed("internal error: the drift check did not complete");
            }
        }
    }

    private int check(PrintWriter err) throws IOException {
        Notices notices = notices();
        Optional<List<IgnoreRule>> rules = ignoreRules(notices);
        if (rules.isEmpty()) {
            return ExitCodes.INVALID_CONFIG;
        }
        Optional<Plan> plan = pipeline(notices).plan(config.paths(), false, Set.of(), this::connect);
        if (plan.isEmpty()) {
            return ExitCodes.INVALID_CONFIG;
        }
        DriftReport report = DriftAnalyzer.analyze(plan.get(), rules.get(), ignoreUnmanaged);
        if (junit != null) {
            OutputFiles.write("--junit", junit, DriftJUnit.render(report), true);
        }
        if (metrics != null) {
            OutputFiles.write("--metrics", metrics, DriftMetrics.success(report, Instant.now()), true);
        }
        output.view(style(), true, null, out()).drift(report);
        return report.hasDrift() ? ExitCodes.CHANGES : ExitCodes.OK;
    }

    /** The rules of --ignore (none without it), or empty after printing why the file is unusable. */
    private Optional<List<IgnoreRule>> ignoreRules(Notices notices) {
        if (ignoreFile == null) {
            return Optional.of(List.of());
        }
        IgnoreFileReader.Result result = new IgnoreFileReader().read(ignoreFile);
        notices.ignoreFile(result.diagnostics());
        return result.diagnostics().hasErrors() ? Optional.empty() : Optional.of(result.rules());
    }

    /** A failed run still writes its files: success 0 for alerting, a JUnit error for the dashboard. */
    private void failed(String why) {
        try {
            Instant now = Instant.now();
            if (metrics != null) {
                OutputFiles.write("--metrics", metrics, DriftMetrics.failure(now), true);
            }
            if (junit != null) {
                OutputFiles.write("--junit", junit, DriftJUnit.error(why, now), true);
            }
        } catch (OutputFileException e) {
            new Notices(err(), Style.PLAIN).error("cannot write the drift result files: " + e.getMessage());
        }
    }
}
