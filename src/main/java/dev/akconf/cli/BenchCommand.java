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
@Command(name = "bench", mixinStandardHelpOptions = true, resourceBundle = "dev.akconf.cli.help.bench")
public final class BenchCommand extends Subcommand {

    @Option(names = "--n", paramLabel = "N", defaultValue = "1000") private int n;
    @Option(names = "--latency-ms", paramLabel = "MS", defaultValue = "20") private int latencyMs;
    @Option(names = "--changed-percent", paramLabel = "P", defaultValue = "10") private int changedPercent;
    @Option(names = "--runs", paramLabel = "K", defaultValue = "3") private int runs;
    @Option(names = "--out-dir", paramLabel = "DIR") private Path outDir;

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
        ChildJvm jvm = ChildJvm.locate(context().env().apply("AKCONF_JAVA_OPTS"));
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
