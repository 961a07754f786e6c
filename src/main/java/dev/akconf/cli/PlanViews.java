package dev.akconf.cli;

import dev.akconf.plan.Plan;
import dev.akconf.plan.PlanJson;
import dev.akconf.render.PlanMarkdown;
import dev.akconf.render.PlanText;
import dev.akconf.render.Style;
import java.io.PrintWriter;

/** The one place plan and show render a plan, so that show prints a saved plan exactly as plan did. */
final class PlanViews {

    private PlanViews() {
    }

    /**
     * @param planFile the plan file a shortened Markdown comment points to for the full plan, or null
     */
    static void render(Plan plan, OutputFormat output, Style style, boolean showUnmanaged, String planFile, PrintWriter out) {
        switch (output) {
            case json -> {
                out.println(PlanJson.write(plan, false));
                out.flush();
            }
            case markdown -> new PlanMarkdown(planFile).render(plan, out);
            default -> new PlanText(style, showUnmanaged).render(plan, out);
        }
    }
}
