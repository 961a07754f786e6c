package dev.akconf.render;

import dev.akconf.drift.IgnoredItem;
import dev.akconf.model.Paths;
import dev.akconf.diff.FieldChange;
import java.util.ArrayList;
import java.util.List;

/**
 * Field differences and ignored items as plain lines ({@code path: "before" -> "after"}), shared by
 * the drift views that cannot show colour or Markdown: JUnit failure texts, text and Markdown lists.
 */
final class DriftLines {

    private DriftLines() {
    }

    /** {@code access_token_validity: "hours=168" -> "hours=24"}, or a unified diff for long values. */
    static List<String> field(FieldChange f, String indent) {
        return field(f, indent, false);
    }

    /** As {@link #field(FieldChange, String)}, tagged {@code (security)} and {@code (not declared: …)} where so. */
    static List<String> field(FieldChange f, String indent, boolean security) {
        String name = Safe.text(Paths.display(f.path()));
        String notes = (security ? " " + PlanText.SECURITY : "") + (f.undeclared() ? " (" + PlanText.UNDECLARED + ")" : "");
        if (f.sensitive()) {
            return List.of(indent + name + ": " + Sensitive.SHOWN + " -> " + Sensitive.SHOWN + notes);
        }
        String before = Values.inline(f.before());
        String after = Values.inline(f.after());
        if (before != null && after != null) {
            return List.of(indent + name + ": " + before + " -> " + after + notes);
        }
        List<String> out = new ArrayList<>();
        out.add(indent + name + ":" + notes);
        ValueDiff.lines(f.before(), f.after()).forEach(l -> out.add(indent + "    " + l));
        return out;
    }

    /** {@code ProxyProvider "x" access_token_validity ("hours=168" -> "hours=24"): reason}. */
    static String ignored(IgnoredItem i) {
        String what = switch (i.what()) {
            case "create" -> " (missing in Authentik)";
            case "delete" -> " (declared absent, present in Authentik)";
            case "unmanaged" -> " (unmanaged)";
            default -> "";
        };
        String field = "";
        if (i.change() != null) {
            List<String> lines = field(i.change(), "", dev.akconf.kinds.KindDefaults.security(i.key().kind(), i.change().path()));
            field = " " + (lines.size() == 1 ? lines.get(0) : Safe.text(Paths.display(i.change().path())) + " (multi-line value)");
        }
        return Safe.key(i.key()) + what + field + ": " + Safe.text(i.rule().reason());
    }
}
