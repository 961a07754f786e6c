package dev.akconf.live;

import dev.akconf.kinds.KeyedField;
import dev.akconf.kinds.Kind;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What Authentik holds, read once per plan: every object of each declared kind, the one index of
 * them and of the reference tables, and the answers of the extra reads the declared kinds' adapters
 * asked for (e.g. the outpost config defaults the server falls back to for keys a stored config lacks).
 *
 * @param target        the API root read from
 * @param serverVersion Authentik's {@code version_current}
 * @param objects       live objects per declared kind, in server order
 * @param refs          the live index: the kinds' objects (built here from {@code objects}) and the
 *                      natural key ↔ pk tables
 * @param reads         answers of the adapters' extra GETs ({@code KeyedField.defaultsRead}), by path
 */
public record LiveState(String target, String serverVersion, Map<Kind, List<ObjectNode>> objects, LiveIndex refs,
                        Map<String, JsonNode> reads) {

    public LiveState {
        objects = Map.copyOf(objects);
        reads = Map.copyOf(reads);
        refs = refs.withKinds(objects);
    }

    public List<ObjectNode> of(Kind kind) {
        return objects.getOrDefault(kind, List.of());
    }

    /** The answer of the extra GET of {@code path}, or a missing node when it was not read. */
    public JsonNode read(String path) {
        JsonNode v = reads.get(path);
        return v == null ? MissingNode.getInstance() : v;
    }

    /**
     * What Authentik reads for the keys a stored keyed {@code field} of {@code kind} lacks (see
     * {@code KeyedField.defaultsRead}): the read's field of that name, or a missing node.
     */
    public JsonNode keyedDefaults(Kind kind, String field) {
        KeyedField keyed = kind.adapter().keyedFields().get(field);
        return keyed == null || keyed.defaultsRead() == null ? MissingNode.getInstance() : read(keyed.defaultsRead()).path(field);
    }

    /**
     * Authentik's outpost config defaults ({@code GET /outposts/instances/default_settings/}'s config),
     * or an empty object. A bridge for the outpost code still outside {@code kinds/} (import, refresh,
     * the guardrails): it asks the outpost adapter, and goes once they ask it, or {@link #keyedDefaults}.
     */
    public ObjectNode outpostDefaults() {
        return dev.akconf.kinds.OutpostAdapter.configDefaults(reads::get);
    }
}
