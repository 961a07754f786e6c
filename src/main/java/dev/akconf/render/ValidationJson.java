package dev.akconf.render;

import dev.akconf.diag.Diagnostic;
import java.io.PrintWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The same diagnostics as {@link ValidationText}, as one JSON object (format_version 1). */
public final class ValidationJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public void render(ValidationReport report, PrintWriter out) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format_version", "1");
        root.put("valid", report.errors() == 0);
        root.put("files", report.files());
        root.put("resources", report.resources());
        root.put("errors", report.errors());
        root.put("warnings", report.warnings());
        ArrayNode list = root.putArray("diagnostics");
        for (Diagnostic d : report.diagnostics()) {
            list.add(toJson(d));
        }
        out.println(SafeJson.pretty(root));
        out.flush();
    }

    /** One diagnostic as JSON: severity, file, line and column (null when there is no node), message. */
    public static ObjectNode toJson(Diagnostic d) {
        ObjectNode o = JSON.createObjectNode();
        o.put("severity", d.severity().label());
        o.put("file", d.origin().file());
        if (d.origin().hasPosition()) {
            o.put("line", d.origin().line());
            o.put("column", d.origin().column());
        } else {
            o.putNull("line");
            o.putNull("column");
        }
        o.put("rule", d.rule());
        o.put("message", d.message());
        return o;
    }
}
