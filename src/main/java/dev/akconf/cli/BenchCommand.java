package dev.akconf.cli;

import dev.akconf.bench.Bench;
import dev.akconf.bench.BenchOptions;
import dev.akconf.bench.BenchResult;
import dev.akconf.bench.ChildJvm;
import dev.akconf.bench.PhaseResult;
import dev.akconf.render.BenchText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code akconf bench}: plan and apply at scale against a simulated Authentik with network latency, measured. */
@Command(usageHelpWidth = 100, name = "bench", mixinStandardHelpOptions = true,
        description = {
            "Seed a simulated Authentik with N proxy providers, N applications and an outpost, answering each request "
                + "after a fixed latency; write a matching configuration; then run, each as its own akconf process "
                + "started like ./akconf starts it: plan (no changes), plan with a share of the providers changed, "
                + "apply of those changes, and plan again.",
            "Reports per phase the wall time (start-up included; median of --runs), the requests the simulator "
                + "received per endpoint, the response bytes, the child's peak heap, and the targets with PASS/MISS. "
                + "Progress goes to stderr, the report to stdout."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  akconf bench                                   # N=1000, 20 ms latency, 3 runs",
            "  akconf bench --n 10000 --runs 1                # peak heap at scale",
            "  akconf bench --latency-ms 0 --out-dir /tmp/b   # processing alone; keep config and outputs",
            "",
            "Exit codes: 0 every phase ran as expected (targets may still MISS), 1 a phase exited unexpectedly, 64 bad usage."})
public final class BenchCommand extends Subcommand {

    @Option(names = "--n", paramLabel = "N", defaultValue = "1000",
            description = "Proxy providers, and as many applications (default: ${DEFAULT-VALUE}).")
    private int n;

    @Option(names = "--latency-ms", paramLabel = "MS", defaultValue = "20",
            description = "The simulator's latency per request (default: ${DEFAULT-VALUE} ms).")
    private int latencyMs;

    @Option(names = "--changed-percent", paramLabel = "P", defaultValue = "10",
            description = "Share of providers changed for the second plan and the apply (default: ${DEFAULT-VALUE} %%).")
    private int changedPercent;

    @Option(names = "--runs", paramLabel = "K", defaultValue = "3",
            description = "Runs per phase; the report shows the median (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Option(names = "--out-dir", paramLabel = "DIR",
            description = "Keep the configuration and each run's output here (default: a new temporary directory).")
    private Path outDir;

    public BenchCommand(AppContext context) {
        super(context);
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = out();
        PrintWriter err = err();
        BenchOptions options;
        try {
            options = new BenchOptions(n, Duration.ofMillis(latencyMs), changedPercent, runs,
                    outDir != null ? outDir.toAbsolutePath() : Bench.tempDir());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        java.nio.file.Files.createDirectories(options.outDir());
        ChildJvm jvm = ChildJvm.locate(context.env().apply("AKCONF_JAVA_OPTS"));
        BenchResult result = new Bench(options, jvm, line -> {
            err.println("akconf bench: " + line);
            err.flush();
        }).run();
        new BenchText(style()).render(result, out);
        boolean expected = result.phases().stream().allMatch(PhaseResult::exitedAsExpected);
        if (!expected) {
            err.println("akconf bench: a phase exited unexpectedly; see its .out and .err files in " + options.outDir());
            err.flush();
        }
        return expected ? ExitCodes.OK : ExitCodes.INTERNAL;
    }
}
