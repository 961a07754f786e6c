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
@Command(name = "demo", mixinStandardHelpOptions = true, resourceBundle = "dev.akconf.cli.help.demo")
public final class DemoCommand extends Subcommand {

    @Mixin private ConfigPaths config;
    @Mixin private AllowOption allow;
    @Option(names = "--serve") private boolean serve;
    @Option(names = "--port", paramLabel = "PORT", defaultValue = "0") private int port;
    @Option(names = "--fixture", paramLabel = "FILE") private Path fixture;

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
