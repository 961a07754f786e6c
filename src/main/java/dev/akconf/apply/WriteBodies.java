package dev.akconf.apply;

import dev.akconf.diff.FieldChange;
import dev.akconf.diff.KeyedDiff;
import dev.akconf.kinds.KeyedField;
import dev.akconf.kinds.Kind;
import dev.akconf.plan.ResourceChange;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The request bodies apply sends: only what changed, plus what Authentik's validation needs in the
 * same body ({@code KindAdapter.patchCompanions}), and keyed fields merged so that undeclared keys
 * survive the wholesale replace ({@code KindAdapter.keyedFields}).
 */
final class WriteBodies {

    private WriteBodies() {
    }

    /** The fields a PATCH sends: the top-level fields of the plan's changes. */
    static Set<String> changedFields(ResourceChange c) {
        Set<String> fields = new LinkedHashSet<>();
        for (FieldChange f : c.changes()) {
            fields.add(f.path().substring(1).split("/", 2)[0]);
        }
        return fields;
    }

    /** Whether a PATCH of {@code kind} merges into the live object, which is then read just before writing. */
    static boolean mergesLive(Kind kind) {
        return !kind.adapter().keyedFields().isEmpty();
    }

    /**
     * The POST body for a create: the resolved desired body, each keyed field laid over the server's
     * defaults for it, read now with {@code get} (as the web UI starts a new outpost from default_settings).
     */
    static ObjectNode create(Kind kind, ObjectNode desired, Function<String, JsonNode> get) {
        Map<String, KeyedField> keyed = kind.adapter().keyedFields();
        if (keyed.isEmpty()) {
            return desired;
        }
        ObjectNode body = desired.deepCopy();
        keyed.forEach((field, k) -> {
            JsonNode defaults = k.defaultsRead() == null ? null : get.apply(k.defaultsRead()).path(field);
            body.set(field, KeyedDiff.merge(defaults, desired.get(field)));
        });
        return body;
    }

    /**
     * The PATCH body for an update.
     *
     * @param desired the resolved desired body
     * @param live    the object as read just before writing
     */
    static ObjectNode patch(ResourceChange c, ObjectNode desired, ObjectNode live) {
        Map<String, KeyedField> keyed = c.kind().adapter().keyedFields();
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        for (String field : changedFields(c)) {
            if (keyed.containsKey(field)) {
                body.set(field, KeyedDiff.merge(live.get(field), desired.get(field)));
            } else {
                body.set(field, desired.get(field));
            }
        }
        c.kind().adapter().patchCompanions(body, desired, live);
        return body;
    }
}
