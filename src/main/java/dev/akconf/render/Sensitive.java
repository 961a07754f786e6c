package dev.akconf.render;

import dev.akconf.diff.FieldChange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * How every output shows a sensitive field (a {@code KindSpec} sensitive field, or a value from a
 * secret {@code ${VAR}}): never its value, only {@value #SHOWN}. The text views print the marker
 * bare, the JSON outputs (plan, plan file, drift) through {@link #before}/{@link #after}. Which
 * values the HTTP client masks in server text is decided in {@code pipeline.Secrets}.
 */
public final class Sensitive {

    /** What stands in every output for a sensitive value. */
    public static final String SHOWN = "(sensitive value)";

    private Sensitive() {
    }

    /** The field's old value for a JSON output: the marker when sensitive, JSON null when absent. */
    public static JsonNode before(FieldChange f) {
        return json(f, f.before());
    }

    /** The field's new value for a JSON output: the marker when sensitive, JSON null when absent. */
    public static JsonNode after(FieldChange f) {
        return json(f, f.after());
    }

    private static JsonNode json(FieldChange f, JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return JsonNodeFactory.instance.nullNode();
        }
        return f.sensitive() ? JsonNodeFactory.instance.stringNode(SHOWN) : v;
    }

    /**
     * As {@link #before}/{@link #after} for drift's ignored list, which shows the marker for a
     * sensitive field even where the value is absent (its format since format_version 1).
     */
    public static JsonNode ignored(FieldChange f, JsonNode v) {
        return f.sensitive() ? JsonNodeFactory.instance.stringNode(SHOWN) : json(f, v);
    }
}
