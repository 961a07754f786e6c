package dev.akconf.render;

import dev.akconf.apply.ApplyResult;
import dev.akconf.apply.Outcome;
import dev.akconf.apply.ResourceOutcome;
import java.io.PrintWriter;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The apply report as JSON (format_version 1): one outcome per resource of the plan. */
public final class ApplyJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public void render(ApplyResult result, String target, PrintWriter out) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format_version", "1");
        root.put("target", target);
        ArrayNode stale = root.putArray("stale");
        result.stale().forEach(stale::add);
        ArrayNode list = root.putArray("outcomes");
        for (ResourceOutcome o : result.outcomes()) {
            ObjectNode n = list.addObject();
            n.put("address", o.key().address());
            n.put("kind", o.key().kind().label());
            n.put("name", o.key().shown());
            n.put("action", o.action().word());
            n.put("outcome", o.outcome().name().toLowerCase(Locale.ROOT));
            n.put("id", o.id());
            n.put("message", o.message());
            ObjectNode errors = n.putObject("field_errors");
            o.fieldErrors().forEach((field, messages) -> messages.forEach(m -> errors.withArray(field).add(m)));
            ArrayNode unconfirmed = n.putArray("unconfirmed");
            o.unconfirmed().forEach(unconfirmed::add);
        }
        ObjectNode summary = root.putObject("summary");
        for (Outcome outcome : Outcome.values()) {
            summary.put(outcome.name().toLowerCase(Locale.ROOT), result.count(outcome));
        }
        out.println(SafeJson.pretty(root));
        out.flush();
    }
}
