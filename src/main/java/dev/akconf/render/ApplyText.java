package dev.akconf.render;

import dev.akconf.apply.ApplyResult;
import dev.akconf.apply.Outcome;
import dev.akconf.apply.ResourceOutcome;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** The human apply report: one line per resource written, failed or skipped, then a summary. */
public record ApplyText(Style style) {

    public void render(ApplyResult result, PrintWriter out) {
        for (ResourceOutcome o : result.outcomes()) {
            if (o.outcome() == Outcome.UNCHANGED) {
                continue;
            }
            String head = "  " + o.action().symbol() + " " + Safe.key(o.key()) + ": ";
            switch (o.outcome()) {
                case APPLIED -> out.println(head + style.green("APPLIED") + (o.id() == null ? "" : style.dim("  id " + Safe.text(o.id()))));
                case FAILED -> out.println(head + style.red("FAILED") + " " + Safe.text(o.message()));
                case SKIPPED -> out.println(head + style.yellow("SKIPPED") + " (" + Safe.text(o.message()) + ")");
                default -> { }
            }
            for (Map.Entry<String, List<String>> e : o.fieldErrors().entrySet()) {
                // The message already quotes Authentik's field errors (as far as they fit): only the rest here.
                List<String> rest = e.getValue().stream().filter(m -> !o.message().contains(e.getKey() + ": " + m)
                        && !(e.getKey().equals("non_field_errors") && o.message().contains(m))).toList();
                if (!rest.isEmpty()) {
                    out.println("      " + Safe.text(e.getKey()) + ": " + Safe.text(String.join(" ", rest)));
                }
            }
            for (String field : o.unconfirmed()) {
                out.println("      " + style.yellow("warning:") + " " + Safe.text(field.substring(1).replace('/', '.'))
                        + " reads back differently from what was written (Authentik normalised or ignored it)");
            }
        }
        String counts = result.count(Outcome.APPLIED) + " applied, " + result.count(Outcome.FAILED) + " failed, "
                + result.count(Outcome.SKIPPED) + " skipped";
        if (result.failed()) {
            out.println(style.red("Apply failed: " + counts + ". Run akconf plan to see what remains."));
        } else if (result.count(Outcome.APPLIED) == 0) {
            out.println(style.green("Nothing to apply: no request was sent."));
        } else {
            out.println(style.green("Apply complete: " + counts + "."));
        }
        out.flush();
    }
}
