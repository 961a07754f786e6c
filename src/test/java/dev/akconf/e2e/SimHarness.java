package dev.akconf.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.akconf.cli.CliRun;
import dev.akconf.sim.SimOptions;
import dev.akconf.sim.SimRequest;
import dev.akconf.sim.SimState;
import dev.akconf.sim.Simulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Runs the akconf CLI in-process against a simulated Authentik, as CI would. */
final class SimHarness implements AutoCloseable {

    final Simulator sim;

    SimHarness(SimOptions options) {
        this.sim = Simulator.start(options);
    }

    static SimHarness incident() {
        return new SimHarness(SimOptions.builder().seed(SimState.incident()).build());
    }

    Map<String, String> env() {
        return Map.of("AUTHENTIK_URL", sim.url(), "AUTHENTIK_TOKEN", sim.token());
    }

    CliRun run(String... args) {
        CliRun run = CliRun.run(env(), args);
        assertFalse(run.all().contains("\tat "), run::toString);
        return run;
    }

    List<SimRequest> writes() {
        return sim.requests().stream().filter(SimRequest::isWrite).toList();
    }

    /** A copy of config/ in {@code dir} to edit. */
    static Path copyConfig(Path dir) throws IOException {
        Path copy = Files.createDirectories(dir.resolve("config"));
        try (Stream<Path> files = Files.list(Path.of("config"))) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        return copy;
    }

    static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        if (!text.contains(from)) {
            throw new AssertionError(file + " lacks " + from);
        }
        Files.writeString(file, text.replace(from, to));
    }

    @Override
    public void close() {
        sim.close();
    }
}
