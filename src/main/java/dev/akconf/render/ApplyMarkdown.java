package dev.akconf.render;

import dev.akconf.apply.ApplyResult;
import dev.akconf.apply.Outcome;
import dev.akconf.apply.ResourceOutcome;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** The apply report as a Markdown table, e.g. for a merge-request comment after deployment. */
public final class ApplyMarkdown {

    public void render(ApplyResult result, PrintWriter out) {
        out.println("### akconf apply");
        out.println();
        out.println("**" + (result.failed() ? "Apply failed" : "Apply complete") + ":** " + result.count(Outcome.APPLIED)
                + " applied, " + result.count(Outcome.FAILED) + " failed, " + result.count(Outcome.SKIPPED) + " skipped.");
        out.println();
        out.println("| Resource | Action | Outcome | Detail |");
        out.println("|---|---|---|---|");
        for (ResourceOutcome o : result.outcomes()) {
            if (o.outcome() == Outcome.UNCHANGED) {
                continue;
            }
            // Authentik's message (with its field errors) is its text, not ours: a code span, so no HTML or link renders.
            List<String> details = new ArrayList<>();
            if (!o.message().isEmpty()) {
                details.add(Safe.codeCell(o.message()));
            }
            if (!o.unconfirmed().isEmpty()) {
                details.add("reads back differently: " + String.join(", ", o.unconfirmed().stream().map(Safe::codeCell).toList()));
            }
            out.println("| " + o.key().kind().label() + " " + Safe.codeCell(o.key().shown()) + " | " + o.action().word()
                    + " | " + o.outcome().name() + " | " + String.join("; ", details) + " |");
        }
        out.flush();
    }
}
