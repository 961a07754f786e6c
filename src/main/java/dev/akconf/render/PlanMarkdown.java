package dev.akconf.render;

import dev.akconf.model.Paths;
import dev.akconf.plan.Action;
import dev.akconf.plan.FieldChange;
import dev.akconf.plan.Plan;
import dev.akconf.plan.ResourceChange;
import dev.akconf.plan.Unmanaged;
import java.io.PrintWriter;
import java.util.List;

/** The plan as a pull-request comment: a summary table, then each changed resource's fields. */
public final class PlanMarkdown {

    public void render(Plan plan, PrintWriter out) {
        out.println("### akconf plan");
        out.println();
        out.println("Authentik " + Safe.markdown(plan.serverVersion()) + " at " + Safe.code(plan.target()));
        out.println();
        if (!plan.hasChanges()) {
            out.println("**No changes.** Authentik matches the configuration.");
        } else {
            long security = plan.securityChanges();
            out.println("**Plan: " + plan.count(Action.CREATE) + " to add, " + plan.count(Action.UPDATE) + " to change, "
                    + plan.count(Action.DELETE) + " to destroy.**" + (security == 0 ? "" : " :warning: **" + PlanText.securityCount(security) + "**"));
        }
        out.println();
        for (dev.akconf.plan.RuleFinding f : plan.findings()) {
            out.println("> **" + f.rule() + (plan.allowedRules().contains(f.rule()) ? " (allowed)" : "") + "** " + f.key().kind().label()
                    + " " + Safe.code(f.key().shown()) + ": " + Safe.markdown(f.message()));
            out.println();
        }
        out.println("| | Resource | Action | Fields |");
        out.println("|---|---|---|---|");
        for (ResourceChange c : plan.changes()) {
            String symbol = c.action() == Action.NO_OP ? "" : "`" + c.action().symbol() + "`";
            out.println("| " + symbol + " | " + c.kind().label() + " " + Safe.codeCell(c.key().shown()) + " | "
                    + c.action().word() + " | " + c.changes().size() + " |");
        }
        for (ResourceChange c : plan.changes()) {
            if (c.action() == Action.NO_OP || c.changes().isEmpty()) {
                continue;
            }
            out.println();
            out.println("<details><summary>" + c.action().symbol().strip() + " " + c.kind().label() + " <code>" + Safe.html(c.key().shown())
                    + "</code> (" + c.changes().size() + " field" + (c.changes().size() == 1 ? "" : "s") + ")</summary>");
            out.println();
            out.println("```diff");
            for (FieldChange f : c.changes()) {
                String name = Safe.text(Paths.display(f.path()));
                String notes = (c.security(f) ? " " + PlanText.SECURITY : "") + (f.undeclared() ? "   # " + PlanText.UNDECLARED : "");
                if (f.sensitive()) {
                    out.println("! " + name + " = " + Values.SENSITIVE + notes);
                    continue;
                }
                String before = f.before().isMissingNode() ? null : Values.inline(f.before());
                String after = Values.inline(f.after());
                boolean created = f.before().isMissingNode();
                if ((created || before != null) && after != null) {
                    if (!created) {
                        out.println("- " + name + " = " + before);
                    }
                    out.println("+ " + name + " = " + after + notes);
                } else {
                    out.println("  " + name + ":" + notes);
                    ValueDiff.lines(f.before(), f.after()).forEach(l -> out.println(
                            l.startsWith("@@") ? l : l.charAt(0) + "   " + l.substring(1)));
                }
            }
            out.println("```");
            out.println();
            out.println("</details>");
        }
        ignored(plan, out);
        if (!plan.unmanaged().isEmpty()) {
            out.println();
            out.println("<details><summary>" + plan.unmanaged().size() + " unmanaged object(s) in Authentik (left alone)</summary>");
            out.println();
            for (Unmanaged u : plan.unmanaged()) {
                out.println("- " + u.kind().label() + " " + Safe.code(u.name()) + " (id " + Safe.code(u.id()) + ")");
            }
            out.println();
            out.println("</details>");
        }
        out.flush();
    }

    /** Differences akconf.io/ignore takes out, listed so that nothing is skipped silently. */
    private static void ignored(Plan plan, PrintWriter out) {
        List<String> lines = new java.util.ArrayList<>();
        for (ResourceChange c : plan.changes()) {
            for (dev.akconf.plan.IgnoredField i : c.ignored()) {
                boolean security = dev.akconf.model.KindDefaults.security(c.kind(), i.change().path());
                lines.add("- " + c.kind().label() + " " + Safe.code(c.key().shown()) + " "
                        + Safe.markdown(DriftLines.field(i.change(), "", security).get(0) + ": " + i.reason()));
            }
        }
        if (lines.isEmpty()) {
            return;
        }
        out.println();
        out.println("<details><summary>" + lines.size() + " ignored difference(s) (akconf.io/ignore: not compared, not written)</summary>");
        out.println();
        lines.forEach(out::println);
        out.println();
        out.println("</details>");
    }
}
