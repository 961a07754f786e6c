package dev.akconf.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.cli.CliRun;
import dev.akconf.sim.Fault;
import dev.akconf.sim.FaultPlan;
import dev.akconf.sim.SimOptions;
import dev.akconf.sim.SimState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * With 30 % of requests failing (503s, connections dropped before or after the server acted), apply
 * converges within three runs and never creates anything twice.
 */
class FaultsEndToEndTest {

    @TempDir
    Path dir;

    private Path config() throws IOException {
        Path config = SimHarness.copyConfig(dir);
        Files.writeString(config.resolve("more.yaml"), """
                kind: ProxyProvider
                name: grafana
                spec:
                  mode: forward_single
                  external_host: https://grafana.example.com
                  authorization_flow: default-provider-authorization-implicit-consent
                  invalidation_flow: default-provider-invalidation-flow
                  access_token_validity: hours=8
                ---
                kind: ProxyProvider
                name: wiki
                spec:
                  mode: forward_single
                  external_host: https://wiki.example.com
                  authorization_flow: default-provider-authorization-implicit-consent
                  invalidation_flow: default-provider-invalidation-flow
                ---
                kind: Application
                slug: grafana
                spec: {name: Grafana, provider: grafana}
                ---
                kind: Application
                slug: wiki
                spec: {name: Wiki, provider: wiki}
                ---
                kind: Outpost
                name: edge
                spec:
                  type: proxy
                  providers: [grafana, wiki]
                """);
        return config;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void convergesWithinThreeRunsWithoutDuplicates(long seed) throws IOException {
        FaultPlan faults = FaultPlan.random(seed).unavailable(0.10).dropBefore(0.10).dropAfter(0.10);
        try (SimHarness h = new SimHarness(SimOptions.builder().seed(SimHarness.storySeed()).faults(faults).build())) {
            Path config = config();
            List<Integer> codes = new ArrayList<>();
            for (int run = 0; run < 3 && (codes.isEmpty() || codes.get(codes.size() - 1) != 0); run++) {
                codes.add(h.run("apply", "-c", config.toString(), "--auto-approve").exitCode());
            }
            assertEquals(0, codes.get(codes.size() - 1), "converged within three runs: " + codes);
            assertTrue(h.sim.requests().stream().anyMatch(r -> r.fault() != Fault.Kind.NONE), "faults were injected");

            Map<String, Long> providers = names(h, "/providers/proxy/", "name");
            assertEquals(Map.of("Domain wide catch all", 1L, "grafana", 1L, "wiki", 1L), providers, "no duplicate provider");
            assertEquals(Map.of("domain-wide-catch-all", 1L, "grafana", 1L, "wiki", 1L), names(h, "/core/applications/", "slug"));
            assertEquals(1L, names(h, "/outposts/instances/", "name").get("edge"));

            CliRun plan = h.run("plan", "-c", config.toString(), "--detailed-exitcode");
            assertEquals(0, plan.exitCode(), "re-plans as no change even under faults: " + plan);
        }
    }

    @org.junit.jupiter.api.Test
    void aPostWhoseAnswerIsLostIsLookedUpNotRepeated() throws IOException {
        FaultPlan lost = FaultPlan.scripted().nth("POST", 1, Fault.dropAfter());
        try (SimHarness h = new SimHarness(SimOptions.builder().seed(SimHarness.storySeed()).faults(lost).build())) {
            CliRun apply = h.run("apply", "-c", config().toString(), "--auto-approve");
            assertEquals(0, apply.exitCode(), apply::toString);
            assertEquals(1, h.sim.requests().stream().filter(r -> r.fault() == Fault.Kind.DROP_AFTER).count());
            assertEquals(5, h.writes().stream().filter(r -> r.method().equals("POST")).count(), "one POST per object: the lost one was looked up, not repeated");
            assertEquals(Map.of("Domain wide catch all", 1L, "grafana", 1L, "wiki", 1L), names(h, "/providers/proxy/", "name"));
        }
    }

    private static Map<String, Long> names(SimHarness h, String path, String field) {
        return h.sim.state().list(path).stream().map(o -> o.path(field).asString())
                .collect(Collectors.groupingBy(n -> n, Collectors.counting()));
    }

}
