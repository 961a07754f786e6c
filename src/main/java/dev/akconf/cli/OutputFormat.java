package dev.akconf.cli;

import dev.akconf.render.JsonView;
import dev.akconf.render.MarkdownView;
import dev.akconf.render.Style;
import dev.akconf.render.TextView;
import dev.akconf.render.View;
import java.io.PrintWriter;

/** The {@code --output} formats; each command accepts the ones it supports and chooses its view here, once. */
public enum OutputFormat {
    text,
    json,
    markdown;

    /**
     * This format's view of a command's result.
     *
     * @param showUnmanaged {@code --show-unmanaged} (the text plan lists unmanaged objects, not only their count)
     * @param planFile      the plan file a shortened Markdown plan points to for the full plan, or null
     */
    View view(Style style, boolean showUnmanaged, String planFile, PrintWriter out) {
        return switch (this) {
            case json -> new JsonView(out);
            case markdown -> new MarkdownView(planFile, out);
            case text -> new TextView(style, showUnmanaged, out);
        };
    }
}
