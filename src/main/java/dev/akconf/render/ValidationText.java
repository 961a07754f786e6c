package dev.akconf.render;

import dev.akconf.diag.Diagnostic;
import java.io.PrintWriter;

/** {@code FILE:LINE:COLUMN: error: message} lines, then one summary line. */
public record ValidationText(Style style) {

    public void render(ValidationReport report, PrintWriter out) {
        for (Diagnostic d : report.diagnostics()) {
            out.println(line(d, style));
        }
        String counts = count(report.files(), "file") + ", " + count(report.resources(), "resource");
        if (report.errors() > 0) {
            out.println(style.red("Invalid: " + count(report.errors(), "error") + ", " + count(report.warnings(), "warning")
                    + " (" + counts + " valid)."));
        } else {
            out.println(style.green("Valid: " + counts + (report.warnings() > 0 ? ", " + count(report.warnings(), "warning") : "") + "."));
        }
        out.flush();
    }

    /** One diagnostic line; shared by every command that reports configuration problems. */
    public static String line(Diagnostic d, Style style) {
        String label = d.isError() ? style.red(d.severity().label()) : style.yellow(d.severity().label());
        // File names and messages can quote names and values from files and from Authentik.
        return style.bold(Safe.text(d.origin().toString())) + ": " + label + ": " + Safe.text(d.text());
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
