package dev.akconf.diff;

import dev.akconf.live.LiveState;
import dev.akconf.kinds.KindSpec;
import dev.akconf.model.RefField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Shows API values in the words of the YAML: a flow's slug rather than its uuid, a provider's name
 * rather than its pk, set-valued lists sorted (what a kind's normalizer leaves out, e.g. the scope
 * mappings Authentik adds to a proxy provider, is gone already).
 */
final class Display {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final LiveState live;

    Display(LiveState live) {
        this.live = live;
    }

    /** {@code value}, already normalized by its kind's normalizer, as shown. */
    JsonNode of(KindSpec spec, String field, JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return value;
        }
        RefField ref = spec.refs().get(field);
        JsonNode shown = value;
        if (ref != null) {
            shown = value.isArray() ? names(ref, value) : name(ref, value);
        }
        if (spec.sets().contains(field) && shown.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            shown.forEach(items::add);
            items.sort(Comparator.comparing(JsonNode::asString));
            ArrayNode sorted = NODES.arrayNode();
            items.forEach(sorted::add);
            shown = sorted;
        }
        return shown;
    }

    private ArrayNode names(RefField ref, JsonNode values) {
        ArrayNode out = NODES.arrayNode();
        for (JsonNode v : values) {
            out.add(name(ref, v));
        }
        return out;
    }

    private JsonNode name(RefField ref, JsonNode value) {
        if (PendingRef.is(value)) {
            return NODES.stringNode(PendingRef.name(value));
        }
        return live.refs().displayName(ref.target(), value).<JsonNode>map(NODES::stringNode).orElse(value);
    }
}
