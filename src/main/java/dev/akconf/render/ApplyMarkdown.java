package dev.akconf.render;

import dev.akconf.apply.ApplyResult;
import dev.akconf.apply.Outcome;
import dev.akconf.apply.ResourceOutcome;
import java.io.PrintWriter;

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
            String detail = o.message().replace("|", "\\|");
            if (!o.unconfirmed().isEmpty()) {
                detail += (detail.isEmpty() ? "" : "; ") + "reads back differently: " + String.join(", ", o.unconfirmed());
            }
            out.println("| " + o.key().kind().label() + " `" + o.key().identity().replace("`", "'") + "` | " + o.action().word()
                    + " | " + o.outcome().name() + " | " + detail + " |");
        }
        out.flush();
    }
}
