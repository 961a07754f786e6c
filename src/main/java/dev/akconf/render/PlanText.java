package dev.akconf.render;

import dev.akconf.model.Paths;
import dev.akconf.plan.Action;
import dev.akconf.plan.FieldChange;
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

    public PlanText(Style style) {
        this.style = style;
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
                field(c.action(), f, out);
            }
            out.println();
        }
        if (!plan.findings().isEmpty()) {
            out.println(style.bold("Protected changes (apply refuses them unless their rule is allowed with --allow):"));
            for (dev.akconf.plan.RuleFinding f : plan.findings()) {
                boolean allowed = plan.allowedRules().contains(f.rule());
                out.println("  " + (allowed ? style.dim("allowed ") : style.red("! ")) + f.rule() + " " + Safe.key(f.key()) + ": " + Safe.text(f.message()));
            }
            out.println();
        }
        if (!plan.unmanaged().isEmpty()) {
            out.println("Unmanaged: in Authentik but not in the configuration (left alone):");
            for (Unmanaged u : plan.unmanaged()) {
                out.println("    " + u.kind().label() + " \"" + Safe.text(u.name()) + "\"" + style.dim("  id " + Safe.text(u.id())));
            }
            out.println();
        }
        if (any) {
            out.println(style.bold("Plan: " + plan.count(Action.CREATE) + " to add, " + plan.count(Action.UPDATE)
                    + " to change, " + plan.count(Action.DELETE) + " to destroy."));
        } else {
            out.println(style.green("No changes. Authentik matches the configuration."));
        }
        out.flush();
    }

    private void field(Action action, FieldChange f, PrintWriter out) {
        String name = Safe.text(Paths.display(f.path()));
        if (f.sensitive()) {
            String symbol = action == Action.CREATE ? "+" : "~";
            out.println("      " + colour(action, symbol) + " " + name + " = " + Values.SENSITIVE
                    + (action == Action.CREATE ? "" : " -> " + Values.SENSITIVE));
            return;
        }
        boolean added = f.before().isMissingNode() || f.before().isNull();
        boolean removed = f.after().isNull() && !added;
        Action shown = added ? Action.CREATE : removed ? Action.DELETE : Action.UPDATE;
        String symbol = colour(shown, shown.symbol());
        String before = Values.inline(f.before());
        String after = Values.inline(f.after());
        if (before != null && after != null) {
            out.println("      " + symbol + " " + name + " = " + (added ? after : before + " -> " + after));
            return;
        }
        out.println("      " + symbol + " " + name + ":");
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
