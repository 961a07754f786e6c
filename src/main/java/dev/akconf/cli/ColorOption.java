package dev.akconf.cli;

import dev.akconf.render.Style;
import picocli.CommandLine.Option;

/** {@code --no-color}, shared by every command that prints: colour only on a terminal, never with NO_COLOR. */
public final class ColorOption {

    @Option(names = "--no-color") private boolean noColor;

    /** The style for this run: colour when stdout is a terminal, NO_COLOR is unset and --no-color absent. */
    public Style style(AppContext context) {
        return new Style(context.colour(noColor));
    }
}
