package dev.akconf.cli;

import dev.akconf.plan.Plan;
import dev.akconf.plan.PlanJson;
import dev.akconf.render.Notices;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code akconf plan}: what apply would change, read from the live Authentik API; never writes to it. */
@Command(usageHelpWidth = 100, name = "plan", mixinStandardHelpOptions = true,
        description = {
            "Compare the configuration with the live Authentik API and show every difference: a declared field "
                + "against its value, a field the document leaves out against Authentik's default (except fields "
                + "Authentik assigns, such as an outpost's service_connection, and undeclared outpost config keys), "
                + "fields listed in akconf.io/ignore not at all. Changes that can widen access are marked (security). "
                + "Sends only GET requests: one list per kind and page, for every kind declared or referenced. "
                + "Objects in Authentik that the configuration does not declare are unmanaged and left alone.",
            "Changed resources are shown in full; unchanged ones and unmanaged objects as counts (--show-unmanaged "
                + "lists the latter). The Markdown comment always fits one GitHub or GitLab comment (60,000 "
                + "characters): a larger plan keeps the summary, the protected changes and as many changes as fit, "
                + "and says where the full plan is. The JSON plan is complete. A resource with id: and a new name is "
                + "a rename: references in the configuration use the new name, in the same change.",
            "The token must be a superuser's (GET /core/users/me/ is read with the lists; any other token is "
                + "refused with exit 4, because Authentik shows others a policy-filtered application list). "
                + "A server version other than 2026.2.x gets one warning.",
            "The plan goes to stdout, diagnostics to stderr."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  AUTHENTIK_URL=https://auth.example.com AUTHENTIK_TOKEN=... akconf plan",
            "  akconf plan -c config/ --detailed-exitcode            # CI: exit 2 when there are changes",
            "  akconf plan --output json > plan.json                # machine-readable, format_version 1",
            "  akconf plan --output markdown > comment.md           # pull-request comment",
            "  akconf plan --out plan.json                          # save it: akconf show / apply plan.json",
            "",
            "Environment: AUTHENTIK_URL, AUTHENTIK_TOKEN (the token is never taken from the command line), NO_COLOR.",
            "Exit codes: 0 ok (with --detailed-exitcode: no changes), 2 changes (--detailed-exitcode only),",
            "            3 invalid configuration or unresolvable reference, 4 Authentik API error or a",
            "            non-superuser's token, 64 bad usage."})
public final class PlanCommand extends OnlineCommand {

    @Mixin
    private AllowOption allow;

    @Mixin
    private OutputOption output;

    @Option(names = "--out", paramLabel = "FILE", description = "Also save the plan, with what apply and show need, as JSON in FILE (a regular file, written atomically; missing directories are created).")
    private Path out;

    @Option(names = "--detailed-exitcode", description = "Exit 2 when the plan has changes, 0 when it has none.")
    private boolean detailedExitcode;

    @Mixin
    private UnmanagedOptions unmanaged;

    @Option(names = "--strict", description = "Treat warnings (including guardrail warnings) as errors.")
    private boolean strict;

    public PlanCommand(AppContext context) {
        super(context);
    }

    @Override
    public Integer call() throws IOException {
        // Overlaps the HTTP client's cold start with reading the configuration; sends nothing.
        dev.akconf.authentik.HttpWarmup.start();
        OutputFiles.check("--out", out);
        Notices notices = notices();
        Optional<Plan> plan = pipeline(notices).plan(config.paths(), strict, allow.rules(), this::connect);
        if (plan.isEmpty()) {
            return ExitCodes.INVALID_CONFIG;
        }
        Plan shown = unmanaged.applyTo(plan.get());
        String saved = out == null ? null : out.toString();
        output.view(style(), unmanaged.show(), saved, out()).plan(shown);
        if (out != null) {
            // Written to a temporary file and moved into place, so a reader never sees half a plan.
            OutputFiles.write("--out", out, PlanJson.write(shown, true), false);
            // On stderr, so stdout stays exactly what akconf show prints from the file (and a JSON plan stays JSON).
            notices.saved(saved);
        }
        return detailedExitcode && shown.hasChanges() ? ExitCodes.CHANGES : ExitCodes.OK;
    }
}
