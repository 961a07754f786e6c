package dev.akconf.cli;

import dev.akconf.authentik.AuthentikClient;
import dev.akconf.authentik.ClientSettings;
import dev.akconf.authentik.RetryPolicy;
import dev.akconf.render.DemoText;
import dev.akconf.render.Style;
import dev.akconf.sim.SimOptions;
import dev.akconf.sim.SimState;
import dev.akconf.sim.Simulator;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code akconf demo}: the whole job in one command, against a simulated Authentik, so a newcomer
 * sees validate, plan, apply and a clean re-plan without a production server. Without {@code -c}
 * it tells the incident's story (the post-mortem's hand-made fix, then config/ converging); with
 * {@code -c DIR} it runs the same steps on DIR against a fresh install.
 */
@Command(usageHelpWidth = 100, name = "demo", mixinStandardHelpOptions = true,
        description = {
            "Start a simulated Authentik 2026.2.2 on a free loopback port and run validate, plan, apply and plan again, "
                + "explaining each step. Exits 0 when the last plan shows no changes.",
            "Without -c: the incident's story. The simulator holds the incident's state (the catch-all provider at "
                + "access_token_validity hours=168, the standalone catch-all outpost without a /dev/shm volume, the "
                + "embedded outpost carrying a deployment patch); step 1 validates the post-mortem's fix as it was made "
                + "by hand and shows what akconf finds in it; then config/ is validated, planned, applied and planned again.",
            "With -c DIR: those four steps on DIR, against a fresh install (the default flows, scope mappings and "
                + "certificates, akadmin and \"authentik Admins\", the Local Kubernetes Cluster connection, the embedded "
                + "outpost). A directory holding " + DemoFixture.EXAMPLE_FIXTURE + " (the objects an example expects "
                + "Authentik to hold already) adds it to the seed.",
            "With --serve, only start the simulator and keep it running until interrupted, printing AUTHENTIK_URL and "
                + "AUTHENTIK_TOKEN for any akconf command (or curl).",
            "Exit codes: 0 converged (or --serve stopped), 2 changes left, 3 invalid configuration or fixture, "
                + "or protected changes without --allow, 4 API error, 64 bad usage."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  akconf demo",
            "  akconf demo -c examples/who-can-reach-grafana",
            "  akconf demo --serve --fixture mine.json   # rehearse: plan with the printed URL and token"})
public final class DemoCommand extends Subcommand {

    @Mixin
    private ConfigPaths config;

    @Mixin
    private AllowOption allow;

    @Option(names = "--serve", description = "Only run the simulator, until interrupted.")
    private boolean serve;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "0", description = "Loopback port (default: a free one).")
    private int port;

    @Option(names = "--fixture", paramLabel = "FILE",
            description = "Add the objects of a JSON or YAML file to the simulator: API list path -> list of objects as "
                    + "that list returns them (see README). With a fixture the seed is a fresh install, not the incident.")
    private Path fixture;

    public DemoCommand(AppContext context) {
        super(context);
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = out();
        Style style = style();
        DemoText text = new DemoText(style, out);
        boolean story = !config.given() && !serve && fixture == null;
        boolean incident = story || serve && fixture == null;
        SimState seed = incident ? SimState.incident() : SimState.fresh();
        List<Path> added = new ArrayList<>();
        try {
            if (fixture != null) {
                seed = DemoFixture.apply(seed, fixture);
                added.add(fixture);
            } else if (config.given()) {
                for (Path p : config.paths()) {
                    Path f = p.resolve(DemoFixture.EXAMPLE_FIXTURE);
                    if (Files.isDirectory(p) && Files.isRegularFile(f)) {
                        seed = DemoFixture.apply(seed, f);
                        added.add(f);
                    }
                }
            }
        } catch (DemoFixture.Invalid e) {
            notices().error(e.getMessage());
            return ExitCodes.INVALID_CONFIG;
        }
        String state = (incident ? "the incident's state" : "a fresh install's state")
                + (added.isEmpty() ? "" : " plus the objects of "
                        + added.stream().map(Path::toString).collect(Collectors.joining(", ")));
        try (Simulator sim = Simulator.start(SimOptions.builder().port(port).seed(seed).build())) {
            if (serve) {
                text.serving(sim.url(), sim.token(), state);
                return serve();
            }
            ClientSettings settings = ClientSettings.builder(sim.url(), sim.token()).userAgentVersion(VersionProvider.version()).build();
            RetryPolicy retry = RetryPolicy.defaults(settings.retryBudget());
            try (AuthentikClient client = new AuthentikClient(settings)) {
                if (!story) {
                    String what = config.paths().stream().map(Path::toString).collect(Collectors.joining(", "));
                    text.converging(sim.url(), state, what);
                    return new DemoStory(pipeline(notices()), out, style, false)
                            .converge(config.paths(), what, client, retry, allow.rules());
                }
                text.story(sim.url(), state);
                Optional<DemoPostmortem> postmortem = DemoPostmortem.open();
                DemoStory demo = new DemoStory(pipeline(notices()), out, style, postmortem.isPresent());
                if (postmortem.isPresent()) {
                    try (DemoPostmortem p = postmortem.get()) {
                        demo.postmortem(p.dir());
                    }
                }
                return demo.converge(config.paths(), "config/ (the reviewed configuration)", client, retry, allow.rules());
            }
        }
    }

    /** Keeps the simulator running until the process is interrupted. */
    private static int serve() throws InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
        stop.await();
        return ExitCodes.OK;
    }
}
