package dev.akconf.cli;

import dev.akconf.apply.Applier;
import dev.akconf.apply.ApplyResult;
import dev.akconf.authentik.AuthentikClient;
import dev.akconf.authentik.ClientSettings;
import dev.akconf.authentik.RetryPolicy;
import dev.akconf.config.Interpolator;
import dev.akconf.config.LoadedConfig;
import dev.akconf.plan.Plan;
import dev.akconf.plan.PlanJson;
import dev.akconf.render.ApplyJson;
import dev.akconf.render.ApplyMarkdown;
import dev.akconf.render.ApplyText;
import dev.akconf.render.PlanText;
import dev.akconf.render.Safe;
import dev.akconf.render.Style;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code akconf apply}: make Authentik match a reviewed plan, or the configuration, safely. */
@Command(usageHelpWidth = 100, name = "apply", mixinStandardHelpOptions = true,
        description = {
            "Make Authentik match the configuration. With PLANFILE (from plan --out), apply exactly that plan: "
                + "every object it touches is re-read first and the plan is refused as stale (exit 5, nothing "
                + "written) if any changed since. With -c, plan now, show the plan and ask for confirmation "
                + "(--auto-approve when there is no terminal).",
            "Writes are PATCHes of only the changed fields (plus what Authentik's validation needs), POSTs "
                + "for new objects and DELETEs for state: absent, in dependency order. Outpost config is "
                + "read, merged and written back, so undeclared keys survive. The first failed write stops "
                + "the run; a following plan shows exactly what remains."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  akconf plan --out plan.json && akconf apply plan.json     # apply what was reviewed",
            "  akconf apply -c config/ --auto-approve                    # CI after merge",
            "  akconf apply plan.json --output json > outcome.json",
            "",
            "Exit codes: 0 applied (or nothing to do), 1 cancelled at the prompt (nothing written),",
            "            3 invalid configuration, 4 a write failed or Authentik unreachable,",
            "            5 stale plan (nothing written), 64 bad usage."})
public final class ApplyCommand implements Callable<Integer> {

    private static final String PROMPT = "Apply these changes? Only 'yes' will be accepted: ";

    private final AppContext context;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PLANFILE", description = "A plan saved with plan --out.")
    private Path planFile;

    @Mixin
    private ConfigPaths config;

    @Mixin
    private ConnectionOptions connection;

    @Mixin
    private AllowOption allow;

    @Option(names = "--auto-approve", description = "Apply without asking (required when there is no terminal).")
    private boolean autoApprove;

    @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "text", description = "text (default), json or markdown.")
    private OutputFormat output;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "10",
            description = "Writes of one dependency level run N at a time (default: ${DEFAULT-VALUE}).")
    private int concurrency;

    @Mixin
    private UnmanagedOptions unmanaged;

    @Mixin
    private ColorOption color;

    @Option(names = "--strict", description = "Treat warnings (including guardrail warnings) as errors.")
    private boolean strict;

    /** The exit code when planning stops before apply (invalid configuration, cancelled, missing secret). */
    private int exitCode = ExitCodes.OK;

    public ApplyCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        if (planFile != null && config.given()) {
            throw new ParameterException(spec.commandLine(), "give a plan file or -c, not both");
        }
        if (planFile == null && !autoApprove && !context.isTerminal()) {
            throw new ParameterException(spec.commandLine(),
                    "apply -c asks for confirmation, and there is no terminal: pass --auto-approve (or apply a saved plan file)");
        }
        // Overlaps the HTTP client's cold start with reading the configuration; sends nothing.
        dev.akconf.authentik.HttpWarmup.start();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Style style = color.style(context);
        ClientSettings settings = connection.settings(context, err);
        ApplyResult result;
        try (AuthentikClient client = new AuthentikClient(settings)) {
            Optional<Plan> plan = planFile != null ? savedPlan(client, err) : freshPlan(client, out, err, style);
            if (plan.isEmpty()) {
                return exitCode;
            }
            Applier applier = new Applier(client, RetryPolicy.defaults(settings.retryBudget()), concurrency);
            if (planFile != null) {
                // A saved plan was checked when it was made; the token and server may differ now.
                applier.checkingServer(facts -> new PlanRun(context, err, style).warnAboutVersion(facts.version(), client.apiBaseUrl()));
            }
            result = applier.apply(plan.get());
        }
        if (result.isStale()) {
            err.println("akconf: stale plan: Authentik changed since the plan was made; nothing was written:");
            result.stale().forEach(s -> err.println("  " + Safe.text(s)));
            err.println("Run akconf plan again and review the new plan.");
            err.flush();
            return ExitCodes.STALE_PLAN;
        }
        switch (output) {
            case json -> new ApplyJson().render(result, settings.apiBaseUrl(), out);
            case markdown -> new ApplyMarkdown().render(result, out);
            default -> new ApplyText(style).render(result, out);
        }
        return result.failed() ? ExitCodes.API_ERROR : ExitCodes.OK;
    }

    private Optional<Plan> savedPlan(AuthentikClient client, PrintWriter err) throws IOException {
        Plan plan = ShowCommand.read(spec, planFile);
        if (!plan.target().equals(client.apiBaseUrl())) {
            throw new ParameterException(spec.commandLine(), "the plan was made for " + plan.target()
                    + ", not " + client.apiBaseUrl());
        }
        // A saved plan keeps secrets as ${VAR} text; the values substituted now are masked in quoted
        // server text exactly as apply -c masks them (SensitiveValues).
        java.util.Set<String> secrets = new java.util.LinkedHashSet<>();
        Applier.Substituted substituted = Applier.substituteSecrets(plan, new Interpolator(context.env()), secrets);
        plan = substituted.plan();
        List<String> missing = substituted.missing();
        plan = PlanJson.withSecretIdentities(plan);
        plan.changes().stream().filter(c -> c.key().masked()).forEach(c -> secrets.add(c.key().identity()));
        client.alsoMask(secrets);
        if (output == OutputFormat.text) {
            new PlanText(color.style(context), unmanaged.show()).render(plan, spec.commandLine().getOut());
            spec.commandLine().getOut().println();
        }
        if (!missing.isEmpty()) {
            err.println("akconf: the plan needs environment variables that are not set (plan files never store secrets): "
                    + Safe.text(String.join(", ", missing)));
            err.flush();
            exitCode = ExitCodes.INVALID_CONFIG;
            return Optional.empty();
        }
        if (refusedByRules(plan, err)) {
            return Optional.empty();
        }
        return Optional.of(plan);
    }

    /** AK002 and friends: protected changes need --allow, at plan time (recorded) or now. */
    private boolean refusedByRules(Plan plan, PrintWriter err) {
        if (!RuleGate.refuses(plan, allow.rules(), err)) {
            return false;
        }
        exitCode = ExitCodes.INVALID_CONFIG;
        return true;
    }

    private Optional<Plan> freshPlan(AuthentikClient client, PrintWriter out, PrintWriter err, Style style) {
        PlanRun run = new PlanRun(context, err, style);
        Optional<LoadedConfig> loaded = run.load(config.paths(), strict);
        loaded.ifPresent(c -> client.alsoMask(SensitiveValues.of(c.resources())));
        Optional<Plan> plan = loaded.flatMap(c -> run.plan(c, client, allow.rules())).map(unmanaged::applyTo);
        if (plan.isEmpty()) {
            exitCode = ExitCodes.INVALID_CONFIG;
            return Optional.empty();
        }
        if (output == OutputFormat.text) {
            new PlanText(style, unmanaged.show()).render(plan.get(), out);
            out.println();
        }
        if (!plan.get().hasChanges()) {
            return plan; // the applier sends nothing for a plan without changes
        }
        if (refusedByRules(plan.get(), err)) {
            return Optional.empty();
        }
        if (!autoApprove) {
            out.print(PROMPT);
            out.flush();
            String answer = context.readLine().get();
            if (!"yes".equals(answer == null ? null : answer.strip())) {
                // As Terraform: not applying what was asked for is a failure a script must notice.
                out.println("Apply cancelled.");
                out.flush();
                exitCode = ExitCodes.CANCELLED;
                return Optional.empty();
            }
        }
        return plan;
    }
}
