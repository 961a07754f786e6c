package dev.akconf.cli;

import dev.akconf.render.Style;
import dev.akconf.render.View;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** {@code --output} for the commands with all three views (plan, show, apply, drift): the view, chosen once. */
public final class OutputOption {

    @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "text") private OutputFormat format;

    /** @see OutputFormat#view */
    View view(Style style, boolean showUnmanaged, String planFile, PrintWriter out) {
        return format.view(style, showUnmanaged, planFile, out);
    }
}
