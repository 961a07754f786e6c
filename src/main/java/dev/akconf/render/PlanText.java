package dev.akconf.render;

import dev.akconf.model.Paths;
import dev.akconf.plan.Action;
import dev.akconf.diff.FieldChange;
import dev.akconf.plan.Plan;
import dev.akconf.plan.ResourceChange;
import dev.akconf.plan.Unmanaged;
import java.io.PrintWriter;

/**
 * The human plan, in Terraform's visual language: {@code +} create, {@code ~} update, {@code -} delete,
 * {@code "before" -> "after"} per field, unified diffs for multi-line values, and a closing count.
 */
public final class PlanText {

    private final Style style;
    private final boolean showUnmanaged;

    public PlanText(Style style) {
        this(style, false);
    }

    /**
     * @param showUnmanaged list every unmanaged object ({@code --show-unmanaged}); by default only their
     *                      count is shown, as unchanged resources are, so a plan of thousands of objects
     *                      shows what changes and stays short
     */
    public PlanText(Style style, boolean showUnmanaged) {
        this.style = style;
        this.showUnmanaged = showUnmanaged;
    }

    public void render(Plan plan, PrintWriter out) {
        out.println(style.dim("Authentik " + Safe.text(plan.serverVersion()) + " at " + Safe.text(plan.target())));
        out.println();
        boolean any = false;
        for (ResourceChange c : plan.changes()) {
            if (c.action() == Action.NO_OP) {
                continue;
            }
            any = true;
            out.println("  " + colour(c.action(), c.action().symbol() + " " + Safe.key(c.key())) + style.dim("  # " + Safe.text(c.source())));
            for (FieldChange f : c.changes()) {
                field(c, f, out);
            }
            out.println();
        }
        ignored(plan, out);
        if (!plan.findings().isEmpty()) {
            out.println(style.bold("Protected changes (apply refuses them unless their rule is allowed with --allow):"));
            for (dev.akconf.plan.RuleFinding f : plan.findings()) {
                boolean allowed = plan.allowedRules().contains(f.rule());
                out.println("  " + (allowed ? style.dim("allowed ") : style.red("! ")) + f.rule() + " " + Safe.key(f.key()) + ": " + Safe.text(f.message()));
            }
            out.println();
        }
        if (!plan.unmanaged().isEmpty() && showUnmanaged) {
            out.println("Unmanaged: in Authentik but not in the configuration (left alone):");
            for (Unmanaged u : plan.unmanaged()) {
                out.println("    " + u.kind().label() + " \"" + Safe.text(u.name()) + "\"" + style.dim("  id " + Safe.text(u.id())));
            }
            out.println();
        } else if (!plan.unmanaged().isEmpty()) {
            out.println("Unmanaged: " + PlanCounts.objects(plan.unmanaged().size())
                    + " in Authentik but not in the configuration (left alone; --show-unmanaged lists them).");
            out.println();
        }
        long unchanged = plan.count(Action.NO_OP);
        if (unchanged > 0) {
            out.println(style.dim(PlanCounts.number(unchanged) + " unchanged."));
        }
        if (any) {
            long security = plan.securityChanges();
            out.println(style.bold("Plan: " + plan.count(Action.CREATE) + " to add, " + plan.count(Action.UPDATE)
                    + " to change, " + plan.count(Action.DELETE) + " to destroy.")
                    + (security == 0 ? "" : " " + style.red(style.bold(securityCount(security)))));
        } else {
            out.println(style.green("No changes. Authentik matches the configuration."));
        }
        out.flush();
    }

    /** {@code 2 security-relevant changes.} */
    static String securityCount(long n) {
        return n + " security-relevant change" + (n == 1 ? "" : "s") + ".";
    }

    /** Differences akconf.io/ignore takes out, so that nothing is skipped silently. */
    private void ignored(Plan plan, PrintWriter out) {
        if (plan.changes().stream().allMatch(c -> c.ignored().isEmpty())) {
            return;
        }
        out.println("Ignored (akconf.io/ignore: not compared, not written):");
        for (ResourceChange c : plan.changes()) {
            for (dev.akconf.diff.IgnoredField i : c.ignored()) {
                boolean security = dev.akconf.kinds.KindDefaults.security(c.kind(), i.change().path());
                out.println("    " + Safe.key(c.key()) + " " + DriftLines.field(i.change(), "", security).get(0) + ": "
                        + Safe.text(i.reason()) + style.dim("  # " + Safe.text(i.origin().toString())));
            }
        }
        out.println();
    }

    /** After a value: {@code (security)} when it can widen access, a comment when it is Authentik's default. */
    private String notes(ResourceChange c, FieldChange f) {
        return (c.security(f) ? " " + style.red(style.bold(SECURITY)) : "")
                + (f.undeclared() ? style.dim("   # " + UNDECLARED) : "");
    }

    static final String SECURITY = "(security)";
    static final String UNDECLARED = "not declared: Authentik's default";

    private void field(ResourceChange c, FieldChange f, PrintWriter out) {
        Action action = c.action();
        String name = Safe.text(Paths.display(f.path()));
        String notes = notes(c, f);
        if (f.sensitive()) {
            String symbol = action == Action.CREATE ? "+" : "~";
            out.println("      " + colour(action, symbol) + " " + name + " = " + Sensitive.SHOWN
                    + (action == Action.CREATE ? "" : " -> " + Sensitive.SHOWN) + notes);
            return;
        }
        boolean added = f.before().isMissingNode() || f.before().isNull();
        boolean removed = f.after().isNull() && !added;
        Action shown = added ? Action.CREATE : removed ? Action.DELETE : Action.UPDATE;
        String symbol = colour(shown, shown.symbol());
        String before = Values.inline(f.before());
        String after = Values.inline(f.after());
        if (before != null && after != null) {
            out.println("      " + symbol + " " + name + " = " + (added ? after : before + " -> " + after) + notes);
            return;
        }
        out.println("      " + symbol + " " + name + ":" + notes);
        for (String line : ValueDiff.lines(f.before(), f.after())) {
            String text = "          " + line;
            out.println(line.startsWith("+") ? style.green(text) : line.startsWith("-") ? style.red(text) : style.dim(text));
        }
    }

    private String colour(Action action, String s) {
        return switch (action) {
            case CREATE -> style.green(s);
            case DELETE -> style.red(s);
            case UPDATE -> style.yellow(s);
            case NO_OP -> s;
        };
    }
}
