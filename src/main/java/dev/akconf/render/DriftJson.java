package dev.akconf.render;

import dev.akconf.drift.DriftReport;
import dev.akconf.drift.IgnoreRule;
import dev.akconf.drift.IgnoredItem;
import dev.akconf.plan.Action;
import dev.akconf.plan.PlanJson;
import java.io.PrintWriter;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The drift report as JSON: the plan's JSON contract (format_version 1) of what counts, plus a
 * {@code drift} object with the verdict, the counts, the ignored differences and unused rules.
 */
public final class DriftJson {

    public void render(DriftReport report, PrintWriter out) {
        out.println(SafeJson.pretty(toJson(report)));
        out.flush();
    }

    public static ObjectNode toJson(DriftReport report) {
        ObjectNode root = PlanJson.toJson(report.plan(), false);
        ObjectNode drift = root.putObject("drift");
        drift.put("in_sync", !report.hasDrift());
        drift.put("changed", report.count(Action.UPDATE));
        drift.put("missing", report.count(Action.CREATE));
        drift.put("to_delete", report.count(Action.DELETE));
        drift.put("unmanaged", report.plan().unmanaged().size());
        drift.put("security", report.plan().securityChanges());
        drift.put("unmanaged_counted", report.unmanagedCounted());
        ArrayNode ignored = drift.putArray("ignored");
        for (IgnoredItem i : report.ignored()) {
            ObjectNode o = ignored.addObject();
            o.put("kind", i.key().kind().label());
            o.put("name", i.key().shown());
            o.put("what", i.what());
            if (i.change() != null) {
                o.put("path", i.change().path());
                o.set("before", Sensitive.ignored(i.change(), i.change().before()));
                o.set("after", Sensitive.ignored(i.change(), i.change().after()));
                if (i.change().undeclared()) {
                    o.put("undeclared", true);
                }
            }
            o.put("reason", i.rule().reason());
            o.put("rule", i.rule().origin().toString());
        }
        ArrayNode unused = drift.putArray("unused_ignore_rules");
        for (IgnoreRule r : report.unusedRules()) {
            unused.addObject().put("kind", r.kind().label()).put("name", r.name()).put("path", r.path()).put("rule", r.origin().toString());
        }
        return root;
    }
}
