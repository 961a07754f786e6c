package dev.akconf.cli;

import dev.akconf.apply.ApplyResult;
import dev.akconf.authentik.AuthentikClient;
import dev.akconf.authentik.ClientSettings;
import dev.akconf.authentik.RetryPolicy;
import dev.akconf.pipeline.Gate;
import dev.akconf.pipeline.Pipeline;
import dev.akconf.plan.Plan;
import dev.akconf.render.Notices;
import dev.akconf.render.View;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;

/** {@code akconf apply}: make Authentik match a reviewed plan, or the configuration, safely. */
@Command(name = "apply", mixinStandardHelpOptions = true, resourceBundle = "dev.akconf.cli.help.apply")
public final class ApplyCommand extends OnlineCommand {

    private static final String PROMPT = "Apply these changes? Only 'yes' will be accepted: ";

    @Parameters(index = "0", arity = "0..1", paramLabel = "PLANFILE", descriptionKey = "planfile") private Path planFile;
    @Mixin private AllowOption allow;
    @Option(names = "--auto-approve") private boolean autoApprove;
    @Mixin private OutputOption output;
    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "10") private int concurrency;
    @Mixin private UnmanagedOptions unmanaged;
    @Mixin private StrictOption strict;

    @Override
    public Integer call() throws IOException {
        if (planFile != null && config.given()) {
            throw new ParameterException(spec.commandLine(), "give a plan file or -c, not both");
        }
        if (planFile == null && !autoApprove && !context().isTerminal()) {
            throw new ParameterException(spec.commandLine(),
                    "apply -c asks for confirmation, and there is no terminal: pass --auto-approve (or apply a saved plan file)");
        }
        // Overlaps the HTTP client's cold start with reading the configuration; sends nothing.
        dev.akconf.authentik.HttpWarmup.start();
        Notices notices = notices();
        View view = output.view(style(), unmanaged.show(), null, out());
        Pipeline pipeline = pipeline(notices);
        ClientSettings settings = connection.settings(context(), err());
        ApplyResult result;
        try (AuthentikClient client = new AuthentikClient(settings)) {
            Optional<Plan> plan = planFile != null ? savedPlan(pipeline, client, view, notices) : freshPlan(pipeline, client, view);
            if (plan.isEmpty()) {
                return ExitCodes.INVALID_CONFIG;
            }
            Optional<Gate.Approved> approved = pipeline.gate(plan.get(), allow.rules()).approved();
            if (approved.isEmpty()) {
                return ExitCodes.INVALID_CONFIG;
            }
            if (planFile == null && plan.get().hasChanges() && !autoApprove && !confirmed(out())) {
                // As Terraform: not applying what was asked for is a failure a script must notice.
                return ExitCodes.CANCELLED;
            }
            result = pipeline.apply(approved.get(), client, RetryPolicy.defaults(settings.retryBudget()), concurrency,
                    planFile != null);
        }
        if (result.isStale()) {
            notices.stale(result.stale());
            return ExitCodes.STALE_PLAN;
        }
        view.applied(result, settings.apiBaseUrl());
        return result.failed() ? ExitCodes.API_ERROR : ExitCodes.OK;
    }

    /** The saved plan, shown, with its secrets from the environment; empty when one is not set. */
    private Optional<Plan> savedPlan(Pipeline pipeline, AuthentikClient client, View view, Notices notices) {
        Plan plan = ShowCommand.read(spec, planFile);
        if (!plan.target().equals(client.apiBaseUrl())) {
            throw new ParameterException(spec.commandLine(), "the plan was made for " + plan.target()
                    + ", not " + client.apiBaseUrl());
        }
        Pipeline.SavedPlan saved = pipeline.saved(plan, client);
        view.planToApply(saved.plan());
        if (!saved.missing().isEmpty()) {
            notices.missingSecrets(saved.missing());
            return Optional.empty();
        }
        return Optional.of(saved.plan());
    }

    /** A plan of the configuration made now, shown; empty when the configuration or the plan has errors. */
    private Optional<Plan> freshPlan(Pipeline pipeline, AuthentikClient client, View view) {
        Optional<Plan> plan = pipeline.load(config.paths(), strict.on())
                .flatMap(c -> pipeline.plan(c, client, allow.rules(), strict.on())).map(unmanaged::applyTo);
        plan.ifPresent(view::planToApply);
        return plan;
    }

    /** The prompt; true only for the answer yes. */
    private boolean confirmed(PrintWriter out) {
        out.print(PROMPT);
        out.flush();
        String answer = context().readLine().get();
        if ("yes".equals(answer == null ? null : answer.strip())) {
            return true;
        }
        out.println("Apply cancelled.");
        out.flush();
        return false;
    }
}
