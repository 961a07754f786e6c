package dev.akconf.render;

import dev.akconf.model.Paths;
import dev.akconf.kinds.ResourceKey;
import dev.akconf.plan.Action;
import dev.akconf.diff.FieldChange;
import dev.akconf.plan.Plan;
import dev.akconf.plan.ResourceChange;
import dev.akconf.plan.RuleFinding;
import dev.akconf.plan.Unmanaged;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The plan as a pull-request comment: the summary, the protected changes, a table and the fields of
 * each changed resource, unchanged resources as a count and unmanaged objects behind {@code <details>}.
 * It always fits one comment ({@link CommentBudget#CHARACTERS}): past that, it keeps the summary, the
 * protected changes and as many changes as fit, and says how many were left out and where the full plan is.
 */
public final class PlanMarkdown {

    /** Room kept for the truncation note and the unmanaged section's frame, which are always printed. */
    private static final int RESERVED = 1_000;

    private final String fullPlan;
    private final String title;
    private final String summary;
    private final String whereFull;

    /** A comment that names no plan file in its truncation note. */
    public PlanMarkdown() {
        this(null);
    }

    /** @param fullPlan the plan file ({@code plan --out}, {@code show PLANFILE}) a truncated comment points to, or null */
    public PlanMarkdown(String fullPlan) {
        this(fullPlan, "akconf plan", null, null);
    }

    /**
     * The same view under another heading (drift's report).
     *
     * @param summary   the bold line under the heading instead of the plan's "Plan: …" / "No changes.", or null
     * @param whereFull where a shortened comment's reader finds the rest, instead of the plan file, or null
     */
    PlanMarkdown(String fullPlan, String title, String summary, String whereFull) {
        this.fullPlan = fullPlan;
        this.title = title;
        this.summary = summary;
        this.whereFull = whereFull;
    }

    public void render(Plan plan, PrintWriter out) {
        String head = text(w -> head(plan, w));
        int budget = CommentBudget.CHARACTERS;
        CommentBudget room = new CommentBudget(budget);
        // The note names the plan file: its length counts (escaped, it may grow to twice its length).
        room.reserve(head.length() + RESERVED + (fullPlan == null ? 0 : 2 * fullPlan.length()));

        List<String> findings = new ArrayList<>();
        int findingsLeftOut = 0;
        for (RuleFinding f : plan.findings()) {
            String line = text(w -> finding(plan, f, w));
            if (room.take(line)) {
                findings.add(line);
            } else {
                findingsLeftOut++;
            }
        }

        // Protected changes first, then the others in plan order, each whole (table row and fields) or not at all.
        List<ResourceChange> changed = plan.changes().stream().filter(c -> c.action() != Action.NO_OP).toList();
        Set<ResourceKey> protectedKeys = new HashSet<>();
        plan.findings().forEach(f -> protectedKeys.add(f.key()));
        String tableHead = "| | Resource | Action | Fields |" + System.lineSeparator() + "|---|---|---|---|" + System.lineSeparator();
        room.reserve(changed.isEmpty() ? 0 : tableHead.length());
        boolean[] shown = new boolean[changed.size()];
        for (boolean protectedPass : new boolean[] {true, false}) {
            for (int i = 0; i < changed.size(); i++) {
                ResourceChange c = changed.get(i);
                if (protectedKeys.contains(c.key()) == protectedPass && room.take(text(w -> row(c, w)) + text(w -> details(c, w)))) {
                    shown[i] = true;
                }
            }
        }
        int shownCount = 0;
        for (boolean b : shown) {
            shownCount += b ? 1 : 0;
        }

        List<String> allIgnored = ignoredLines(plan);
        List<String> ignored = new ArrayList<>();
        for (String line : allIgnored) {
            if (!room.take(line)) {
                break;
            }
            ignored.add(line);
        }

        List<String> unmanaged = new ArrayList<>();
        for (Unmanaged u : plan.unmanaged()) {
            String line = "- " + u.kind().label() + " " + Safe.code(u.name()) + " (id " + Safe.code(u.id()) + ")" + System.lineSeparator();
            if (!room.take(line)) {
                break;
            }
            unmanaged.add(line);
        }

        out.print(head);
        int changesLeftOut = changed.size() - shownCount;
        int unmanagedLeftOut = plan.unmanaged().size() - unmanaged.size();
        int ignoredLeftOut = allIgnored.size() - ignored.size();
        if (changesLeftOut + findingsLeftOut + unmanagedLeftOut + ignoredLeftOut > 0) {
            out.println(note(budget, changed.size(), changesLeftOut, findingsLeftOut, unmanagedLeftOut, ignoredLeftOut));
            out.println();
        }
        findings.forEach(out::print);
        if (!changed.isEmpty()) {
            out.print(tableHead);
            for (int i = 0; i < changed.size(); i++) {
                if (shown[i]) {
                    row(changed.get(i), out);
                }
            }
            for (int i = 0; i < changed.size(); i++) {
                if (shown[i]) {
                    details(changed.get(i), out);
                }
            }
        }
        if (!allIgnored.isEmpty()) {
            folded(!changed.isEmpty(), allIgnored.size(), "ignored difference(s) (akconf.io/ignore: not compared, not written)",
                    ignored, ignoredLeftOut, out);
        }
        if (!plan.unmanaged().isEmpty()) {
            folded(!changed.isEmpty() || !allIgnored.isEmpty(), plan.unmanaged().size(),
                    "unmanaged object(s) in Authentik (left alone)", unmanaged, unmanagedLeftOut, out);
        }
        out.flush();
    }

    /**
     * A list behind {@code <details>}: "N what", the lines that fit, and how many more did not.
     *
     * @param gap a blank line first, after the section above
     */
    private static void folded(boolean gap, int count, String what, List<String> lines, int leftOut, PrintWriter out) {
        if (gap) {
            out.println();
        }
        out.println("<details><summary>" + PlanCounts.number(count) + " " + what + "</summary>");
        out.println();
        lines.forEach(out::print);
        if (leftOut > 0) {
            out.println("- … and " + PlanCounts.number(leftOut) + " more");
        }
        out.println();
        out.println("</details>");
    }

    private void head(Plan plan, PrintWriter out) {
        out.println("### " + title);
        out.println();
        out.println("Authentik " + Safe.markdown(plan.serverVersion()) + " at " + Safe.code(plan.target()));
        out.println();
        if (summary != null) {
            out.println(summary);
        } else if (!plan.hasChanges()) {
            out.println("**No changes.** Authentik matches the configuration.");
        } else {
            long security = plan.securityChanges();
            out.println("**Plan: " + plan.count(Action.CREATE) + " to add, " + plan.count(Action.UPDATE) + " to change, "
                    + plan.count(Action.DELETE) + " to destroy.**" + (security == 0 ? "" : " :warning: **" + PlanText.securityCount(security) + "**"));
        }
        long unchanged = plan.count(Action.NO_OP);
        if (unchanged > 0) {
            out.println();
            out.println(PlanCounts.number(unchanged) + " unchanged.");
        }
        out.println();
    }

    private String note(int budget, int changes, int changesLeftOut, int findingsLeftOut, int unmanagedLeftOut, int ignoredLeftOut) {
        List<String> parts = new ArrayList<>();
        if (changesLeftOut > 0) {
            parts.add(PlanCounts.number(changesLeftOut) + " of " + PlanCounts.number(changes) + " changed resources");
        }
        if (findingsLeftOut > 0) {
            parts.add(PlanCounts.number(findingsLeftOut) + " protected-change findings");
        }
        if (ignoredLeftOut > 0) {
            parts.add(PlanCounts.number(ignoredLeftOut) + " ignored differences");
        }
        if (unmanagedLeftOut > 0) {
            parts.add(PlanCounts.number(unmanagedLeftOut) + " unmanaged objects");
        }
        String where = whereFull != null ? whereFull : fullPlan == null
                ? "save it with `akconf plan --out plan.json` and print it with `akconf show plan.json`"
                : "it is in the plan file " + Safe.code(fullPlan) + " (`akconf show` prints it)";
        return "> **Shortened to fit one comment** (" + PlanCounts.number(budget) + " characters): "
                + String.join(", ", parts) + " are not shown here. The full plan: " + where + ".";
    }

    /** Differences akconf.io/ignore takes out, listed so that nothing is skipped silently; one line each. */
    private static List<String> ignoredLines(Plan plan) {
        List<String> lines = new ArrayList<>();
        for (ResourceChange c : plan.changes()) {
            for (dev.akconf.diff.IgnoredField i : c.ignored()) {
                boolean security = dev.akconf.kinds.KindDefaults.security(c.kind(), i.change().path());
                lines.add("- " + c.kind().label() + " " + Safe.code(c.key().shown()) + " "
                        + Safe.markdown(DriftLines.field(i.change(), "", security).get(0) + ": " + i.reason()) + System.lineSeparator());
            }
        }
        return lines;
    }

    private static void finding(Plan plan, RuleFinding f, PrintWriter out) {
        out.println("> **" + f.rule() + (plan.allowedRules().contains(f.rule()) ? " (allowed)" : "") + "** " + f.key().kind().label()
                + " " + Safe.code(f.key().shown()) + ": " + Safe.markdown(f.message()));
        out.println();
    }

    private static void row(ResourceChange c, PrintWriter out) {
        out.println("| `" + c.action().symbol() + "` | " + c.kind().label() + " " + Safe.codeCell(c.key().shown()) + " | "
                + c.action().word() + " | " + c.changes().size() + " |");
    }

    private static void details(ResourceChange c, PrintWriter out) {
        if (c.changes().isEmpty()) {
            return;
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
                out.println("! " + name + " = " + Sensitive.SHOWN + notes);
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

    private static String text(java.util.function.Consumer<PrintWriter> part) {
        StringWriter s = new StringWriter();
        PrintWriter w = new PrintWriter(s);
        part.accept(w);
        w.flush();
        return s.toString();
    }
}
