package dev.akconf.cli;

import dev.akconf.config.LoadedConfig;
import dev.akconf.render.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code akconf validate}: offline checks of the configuration, every problem in one run. */
@Command(usageHelpWidth = 100, name = "validate", mixinStandardHelpOptions = true,
        description = {
            "Check the configuration offline: YAML syntax, duplicate keys, the JSON Schema of each kind "
                + "(types, enums, durations, URLs, outpost config keys, JSON patches), $${VAR} substitution "
                + "and duplicate resources.",
            "Never connects to Authentik. Reports every problem, one per line, as FILE:LINE:COLUMN: error: message."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  akconf validate                        # validate config/",
            "  akconf validate -c config/ -c extra.yaml",
            "  akconf validate --output json > diagnostics.json",
            "",
            "Exit codes: 0 valid (warnings allowed), 3 invalid, 64 bad usage."})
public final class ValidateCommand extends Subcommand {

    @Mixin
    private ConfigPaths config;

    @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json.")
    private OutputFormat output;

    @Option(names = "--strict", description = "Treat warnings (including guardrail warnings) as errors.")
    private boolean strict;

    public ValidateCommand(AppContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        if (output == OutputFormat.markdown) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--output markdown is for plan and drift; validate supports text and json");
        }
        LoadedConfig loaded = pipeline(notices()).check(config.paths(), strict);
        ValidationReport report = ValidationReport.of(loaded);
        output.view(style(), false, null, out()).validation(report);
        return report.errors() > 0 ? ExitCodes.INVALID_CONFIG : ExitCodes.OK;
    }
}
