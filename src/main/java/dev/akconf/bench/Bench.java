package dev.akconf.bench;

import dev.akconf.sim.SimOptions;
import dev.akconf.sim.SimRequest;
import dev.akconf.sim.Simulator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the benchmark: seeds a simulator with a {@link Fleet} in this JVM, writes the matching
 * configuration, then runs each phase as a child akconf process against it, counting the requests the
 * simulator received (its log is cleared before every run).
 */
public final class Bench {

    private static final Pattern PLANNED = Pattern.compile("Plan: (\\d+) to add, (\\d+) to change, (\\d+) to destroy");
    private static final Pattern APPLIED = Pattern.compile("(\\d+) applied, ");
    private static final String PROVIDERS = "/providers/proxy/";

    private final BenchOptions options;
    private final ChildJvm jvm;
    private final Consumer<String> progress;

    /** @param progress receives one line per step and run (the CLI prints them on stderr) */
    public Bench(BenchOptions options, ChildJvm jvm, Consumer<String> progress) {
        this.options = options;
        this.jvm = jvm;
        this.progress = progress;
    }

    public BenchResult run() throws IOException, InterruptedException {
        Fleet fleet = Fleet.of(options.n());
        progress.accept("seeding the simulator: " + options.n() + " proxy providers, " + options.n()
                + " applications, 1 outpost serving " + fleet.outpostServes());
        FleetSeed.Seeded seeded = FleetSeed.seed(fleet);
        Path config = options.outDir().resolve("config");
        FleetConfig.write(config, fleet, java.util.Set.of());
        List<Fleet.App> changed = fleet.changed(options.changedPercent());
        List<PhaseResult> phases = new ArrayList<>();
        // The JDK's HttpServer leaves Nagle's algorithm on: on a kept-alive connection each response then
        // waits ~40 ms for the client's delayed ACK, on top of the latency being simulated. Authentik's
        // servers (gunicorn, nginx) set TCP_NODELAY; so does the simulator here. Read once, at first use.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        SimOptions simOptions = SimOptions.builder().seed(seeded.state()).latency(options.latency()).build();
        try (Simulator sim = Simulator.start(simOptions)) {
            Map<String, String> env = Map.of("AUTHENTIK_URL", sim.url(), "AUTHENTIK_TOKEN", sim.token(), "NO_COLOR", "1");
            List<String> plan = List.of("plan", "-c", config.toString(), "--detailed-exitcode", "--no-color");
            phases.add(phase(sim, env, "plan (no changes)", "plan", plan, 0, null));
            FleetConfig.write(config, fleet, new HashSet<>(changed));
            phases.add(phase(sim, env, "plan (" + options.changedPercent() + " % changed)", "plan-changed", plan, 2, null));
            List<String> apply = List.of("apply", "-c", config.toString(), "--auto-approve", "--no-color");
            // Each further apply run starts from the unchanged state again, restored behind the API's back.
            Runnable undo = () -> changed.forEach(app -> sim.edit(PROVIDERS, seeded.providerPks().get(app.index() - 1),
                    o -> o.put("access_token_validity", app.accessTokenValidity())));
            phases.add(phase(sim, env, "apply (" + changed.size() + " updates)", "apply", apply, 0, undo));
            phases.add(phase(sim, env, "plan again (no changes)", "plan-again", plan, 0, null));
        }
        return new BenchResult(options, jvm, changed.size(), phases);
    }

    /** @param beforeRepeat run before every run but the first (null: nothing to reset) */
    private PhaseResult phase(Simulator sim, Map<String, String> env, String name, String label, List<String> args,
                              int expectedExit, Runnable beforeRepeat) throws IOException, InterruptedException {
        List<Long> walls = new ArrayList<>();
        List<Integer> exits = new ArrayList<>();
        long peak = -1;
        ChildJvm.ChildRun last = null;
        for (int run = 1; run <= options.runs(); run++) {
            if (run > 1 && beforeRepeat != null) {
                beforeRepeat.run();
            }
            sim.clearRequests();
            last = jvm.run(args, env, options.outDir(), label + "-" + run);
            walls.add(last.wallNanos());
            exits.add(last.exitCode());
            peak = Math.max(peak, last.peakHeapBytes());
            progress.accept(String.format("%-26s run %d/%d: %.2f s, exit %d", name, run, options.runs(),
                    last.wallNanos() / 1e9, last.exitCode()));
        }
        return new PhaseResult(name, args, walls, exits, expectedExit, sim.requestCounts(), responseBytes(sim.requests()),
                peak, changes(last.stdout()));
    }

    private static long responseBytes(List<SimRequest> requests) {
        long bytes = 0;
        for (SimRequest r : requests) {
            bytes += r.responseBody() == null ? 0 : r.responseBody().getBytes(StandardCharsets.UTF_8).length;
        }
        return bytes;
    }

    /** What a run reported: a plan's add + change + destroy, or apply's applied count. */
    static int changes(String stdout) {
        Matcher applied = APPLIED.matcher(stdout);
        if (applied.find()) {
            return Integer.parseInt(applied.group(1));
        }
        Matcher planned = PLANNED.matcher(stdout);
        int total = 0;
        while (planned.find()) {
            total = Integer.parseInt(planned.group(1)) + Integer.parseInt(planned.group(2)) + Integer.parseInt(planned.group(3));
        }
        return total;
    }

    /** A fresh directory for a run without {@code --out-dir}. */
    public static Path tempDir() throws IOException {
        return Files.createTempDirectory("akconf-bench-");
    }
}
