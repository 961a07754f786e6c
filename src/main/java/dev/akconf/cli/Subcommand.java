package dev.akconf.cli;

import dev.akconf.pipeline.Pipeline;
import dev.akconf.render.Notices;
import dev.akconf.render.Style;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every command that prints shares: the process it runs in ({@link AppContext}, held by the
 * top command), picocli's writers, {@code --no-color}, and the pipeline as every command builds it
 * (the process's environment and version, its events shown on stderr by {@link Notices}).
 */
abstract class Subcommand implements Callable<Integer> {

    @ParentCommand
    private AkconfCommand akconf;

    @Spec
    protected CommandSpec spec;

    @Mixin
    protected ColorOption color;

    /** The process this command runs in. */
    AppContext context() {
        return akconf.context();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    Style style() {
        return color.style(context());
    }

    /** The stderr view of this run. */
    Notices notices() {
        return new Notices(err(), style());
    }

    Pipeline pipeline(Notices notices) {
        return new Pipeline(context().env(), VersionProvider.version(), notices);
    }
}
