package dev.akconf.cli;

import dev.akconf.config.LoadedConfig;
import dev.akconf.render.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code akconf validate}: offline checks of the configuration, every problem in one run. */
@Command(name = "validate", mixinStandardHelpOptions = true, resourceBundle = "dev.akconf.cli.help.validate")
public final class ValidateCommand extends Subcommand {

    @Mixin private ConfigPaths config;
    @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "text") private OutputFormat output;
    @Mixin private StrictOption strict;

    @Override
    public Integer call() {
        if (output == OutputFormat.markdown) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--output markdown is for plan and drift; validate supports text and json");
        }
        LoadedConfig loaded = pipeline(notices()).check(config.paths(), strict.on());
        ValidationReport report = ValidationReport.of(loaded);
        output.view(style(), false, null, out()).validation(report);
        return report.errors() > 0 ? ExitCodes.INVALID_CONFIG : ExitCodes.OK;
    }
}
