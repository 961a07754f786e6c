package dev.akconf.cli;

import dev.akconf.apply.Applier;
import dev.akconf.apply.ApplyResult;
import dev.akconf.authentik.AuthentikClient;
import dev.akconf.authentik.ClientSettings;
import dev.akconf.authentik.RetryPolicy;
import dev.akconf.config.LoadedConfig;
import dev.akconf.plan.Plan;
import dev.akconf.render.ApplyText;
import dev.akconf.render.PlanText;
import dev.akconf.render.Style;
import dev.akconf.render.ValidationReport;
import dev.akconf.render.ValidationText;
import dev.akconf.sim.SimOptions;
import dev.akconf.sim.SimState;
import dev.akconf.sim.Simulator;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code akconf demo}: the whole job in one command, against a simulated Authentik holding the
 * incident's state, so a newcomer sees validate, plan, apply and a clean re-plan without a
 * production server.
 */
@Command(usageHelpWidth = 100, name = "demo", mixinStandardHelpOptions = true,
        description = {
            "Start a simulated Authentik 2026.2.2 on a free loopback port, holding the incident's state (the catch-all "
                + "provider with access_token_validity hours=168, the embedded outpost without the /dev/shm patch), "
                + "then run validate, plan, apply and plan again against config/, explaining each step. Exits 0 when the "
                + "last plan shows no changes.",
            "With --serve, only start the simulator and keep it running until interrupted, printing AUTHENTIK_URL and "
                + "AUTHENTIK_TOKEN for any akconf command (or curl)."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  akconf demo",
            "  akconf demo --serve              # then, in another shell: AUTHENTIK_URL=... AUTHENTIK_TOKEN=... akconf plan"})
public final class DemoCommand implements Callable<Integer> {

    private final AppContext context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ConfigPaths config;

    @Option(names = "--serve", description = "Only run the simulator, until interrupted.")
    private boolean serve;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "0", description = "Loopback port (default: a free one).")
    private int port;

    @Mixin
    private ColorOption color;

    public DemoCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Style style = color.style(context);
        try (Simulator sim = Simulator.start(SimOptions.builder().port(port).seed(SimState.incident()).build())) {
            if (serve) {
                return serve(sim, out);
            }
            out.println(style.bold("akconf demo") + ": a simulated Authentik 2026.2.2 at " + sim.url() + " holds the incident's state.");
            out.println();
            ClientSettings settings = ClientSettings.builder(sim.url(), sim.token()).userAgentVersion(VersionProvider.version()).build();
            try (AuthentikClient client = new AuthentikClient(settings)) {
                return run(client, settings, out, err, style);
            }
        }
    }

    private int run(AuthentikClient client, ClientSettings settings, PrintWriter out, PrintWriter err, Style style) {
        step(out, style, 1, "validate", "check config/ offline: schemas, references, and the guardrail rules");
        LoadedConfig loaded = CheckedConfig.load(context, config.paths(), false);
        new ValidationText(style).render(new ValidationReport(loaded.diagnostics().sorted(), loaded.files(),
                loaded.resources().size()), out);
        if (loaded.diagnostics().hasErrors()) {
            return ExitCodes.INVALID_CONFIG;
        }
        PlanRun run = new PlanRun(context, err, style);
        step(out, style, 2, "plan", "what differs between config/ and Authentik: the reviewed validity and the /dev/shm patch");
        Optional<Plan> plan = run.plan(loaded, client, Set.of());
        if (plan.isEmpty()) {
            return ExitCodes.INVALID_CONFIG;
        }
        new PlanText(style).render(plan.get(), out);
        step(out, style, 3, "apply", "make Authentik match: a PATCH per changed object, outpost config merged so undeclared keys survive");
        ApplyResult result = new Applier(client, RetryPolicy.defaults(settings.retryBudget()), 4).apply(plan.get());
        new ApplyText(style).render(result, out);
        if (result.isStale() || result.failed()) {
            return ExitCodes.API_ERROR;
        }
        step(out, style, 4, "plan", "again: nothing should be left to change");
        Optional<Plan> again = run.plan(loaded, client, Set.of());
        if (again.isEmpty()) {
            return ExitCodes.INVALID_CONFIG;
        }
        new PlanText(style).render(again.get(), out);
        out.flush();
        return again.get().hasChanges() ? ExitCodes.CHANGES : ExitCodes.OK;
    }

    private static void step(PrintWriter out, Style style, int n, String command, String why) {
        out.println();
        out.println(style.bold("Step " + n + "/4: akconf " + command) + style.dim(" — " + why));
        out.println();
        out.flush();
    }

    private static int serve(Simulator sim, PrintWriter out) throws InterruptedException {
        out.println("AUTHENTIK_URL=" + sim.url());
        out.println("AUTHENTIK_TOKEN=" + sim.token());
        out.println("# a simulated Authentik in the incident's state; Ctrl-C stops it");
        out.flush();
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
        stop.await();
        return ExitCodes.OK;
    }
}
