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
        return new SimHarness(SimOptions.builder().seed(storySeed()).build());
    }

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    /** The post-mortem's hand-made /dev/shm patch, as the incident left it on the embedded outpost. */
    static final String NO_OP_PATCH = """
            {"deployment": [
              {"op": "add", "path": "/spec/template/spec/volumes",
               "value": [{"name": "dshm", "emptyDir": {"medium": "Memory", "sizeLimit": "512Mi"}}]},
              {"op": "add", "path": "/spec/template/spec/containers/0/volumeMounts",
               "value": [{"name": "dshm", "mountPath": "/dev/shm"}]}]}""";

    /**
     * The incident seed as the demo story tells it: the standalone {@code Catch-all proxy outpost}
     * serving the catch-all provider through the Kubernetes service connection, and the embedded
     * outpost with no provider and the post-mortem's no-op patch. Idempotent over a seed that is
     * already so (the simulator's own incident seed is being brought to this state).
     */
    static SimState storySeed() {
        SimState s = SimState.incident();
        String connection = s.list("/outposts/service_connections/all/").stream()
                .filter(c -> "Local Kubernetes Cluster".equals(c.path("name").asString(null)))
                .findFirst().orElseThrow().path("pk").asString();
        if (s.list("/outposts/instances/").stream().noneMatch(o -> "Catch-all proxy outpost".equals(o.path("name").asString(null)))) {
            tools.jackson.databind.node.ObjectNode o = JSON.createObjectNode();
            o.put("name", "Catch-all proxy outpost").put("type", "proxy").put("service_connection", connection);
            o.putArray("providers").add(1);
            s.addOutpost(o);
        }
        String embedded = s.list("/outposts/instances/").stream()
                .filter(o -> "goauthentik.io/outposts/embedded".equals(o.path("managed").asString(null)))
                .findFirst().orElseThrow().path("pk").asString();
        s.edit("/outposts/instances/", embedded, o -> {
            o.putArray("providers");
            ((tools.jackson.databind.node.ObjectNode) o.get("config")).set("kubernetes_json_patches", JSON.readTree(NO_OP_PATCH));
        });
        return s;
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
