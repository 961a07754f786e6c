package dev.akconf.sim;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Create and update of policy bindings with PolicyBindingSerializer's validation
 * (authentik/policies/api/bindings.py) in DRF's order: field errors (400 per field), then the model's
 * unique_together ("policy", "target", "order") validator, then {@code validate()}.
 *
 * <p>{@code validate()} works on {@code attrs}, which on a PATCH holds only the fields sent (DRF runs
 * the unique-together validator on a copy, so the instance's values never reach attrs). Hence two
 * PATCH quirks the simulator reproduces: without {@code target} it dies on {@code attrs["target"]}
 * (an unhandled KeyError: HTTP 500), and without the subject ({@code policy}, {@code group} or
 * {@code user}) it counts no subject and answers 400 "One of ... must be set.", whatever is stored.
 */
final class PolicyBindingWrites {

    static final String NONE_SET = "One of 'group', 'policy', 'user' must be set.";
    static final String MANY_SET = "Only one of 'group', 'policy', 'user' can be set.";
    private static final List<String> SUBJECTS = List.of("policy", "group", "user");
    private static final List<String> UNIQUE_TOGETHER = List.of("policy", "target", "order");

    private PolicyBindingWrites() {
    }

    static ObjectNode create(Tables t, ObjectNode body) {
        ObjectNode attrs = validate(t, body, false, null);
        ObjectNode stored = Json.object();
        stored.put("pk", t.ids.uuid());
        stored.setAll(Defaults.policyBinding());
        stored.setAll(attrs);
        t.bindings.put(Json.text(stored, "pk"), stored);
        return stored;
    }

    static ObjectNode update(Tables t, ObjectNode stored, ObjectNode body, boolean partial) {
        stored.setAll(validate(t, body, partial, stored));
        return stored;
    }

    private static ObjectNode validate(Tables t, ObjectNode data, boolean partial, ObjectNode instance) {
        Body b = new Body(data, partial);
        ObjectNode attrs = Json.object();
        ProxyProviderWrites.put(attrs, "policy", Refs.uuid(b, "policy", false, true, t.policies::containsKey));
        ProxyProviderWrites.put(attrs, "group", Refs.uuid(b, "group", false, true, t.groups::containsKey));
        ProxyProviderWrites.put(attrs, "user", Refs.integer(b, "user", false, true, t.users::containsKey));
        JsonNode target = Refs.uuid(b, "target", true, false, pk -> t.bindingTargetPk(pk).isPresent());
        if (target != null) {
            // to_representation shows the subclass pk, whichever of the two uuids of a flow was sent.
            attrs.put("target", t.bindingTargetPk(target.stringValue()).orElseThrow());
        }
        ProxyProviderWrites.put(attrs, "negate", Scalars.bool(b, "negate", false));
        ProxyProviderWrites.put(attrs, "enabled", Scalars.bool(b, "enabled", false));
        ProxyProviderWrites.put(attrs, "order", Scalars.integer(b, "order", true, Integer.MIN_VALUE, Integer.MAX_VALUE));
        ProxyProviderWrites.put(attrs, "timeout", Scalars.integer(b, "timeout", false, 0, Integer.MAX_VALUE));
        ProxyProviderWrites.put(attrs, "failure_result", Scalars.bool(b, "failure_result", false));
        b.errors.throwIfAny();
        if (!partial && !attrs.has("policy")) {
            // ModelSerializer gives a nullable unique_together field default=None (get_uniqueness_extra_kwargs).
            attrs.putNull("policy");
        }
        checkUniqueTogether(t, attrs, instance);
        if (!attrs.has("target")) {
            // PolicyBindingSerializer.validate reads attrs["target"] (authentik/policies/api/bindings.py,
            // authentik-api.md §4.5): a PATCH without target raises KeyError, which DRF does not turn
            // into a 400, so Django answers 500.
            throw new ServerFault("KeyError: 'target' in PolicyBindingSerializer.validate", "Internal Server Error");
        }
        long set = SUBJECTS.stream().filter(f -> attrs.has(f) && !attrs.get(f).isNull()).count();
        if (set > 1) {
            throw ApiError.field("non_field_errors", MANY_SET);
        }
        if (set < 1) {
            throw ApiError.field("non_field_errors", NONE_SET);
        }
        return attrs;
    }

    /**
     * DRF's UniqueTogetherValidator for ("policy", "target", "order"): on create it is skipped when
     * any value is null (a group or user binding); on update the unsent values come from the
     * instance, only changed values count, and it is skipped when none changed or a changed one is
     * null. A null policy then matches other null policies (the queryset filter is IS NULL).
     */
    private static void checkUniqueTogether(Tables t, ObjectNode attrs, ObjectNode instance) {
        List<JsonNode> values = new ArrayList<>();
        List<JsonNode> checked = new ArrayList<>();
        for (String f : UNIQUE_TOGETHER) {
            JsonNode v = attrs.has(f) || instance == null ? attrs.get(f) : instance.get(f);
            values.add(v);
            if (instance == null || !same(v, instance.get(f))) {
                checked.add(v);
            }
        }
        if (checked.isEmpty() || checked.stream().anyMatch(v -> v == null || v.isNull())) {
            return;
        }
        String self = instance == null ? null : Json.text(instance, "pk");
        boolean taken = t.bindings.values().stream().anyMatch(o -> !Json.text(o, "pk").equals(self)
                && same(o.get("policy"), values.get(0)) && same(o.get("target"), values.get(1))
                && same(o.get("order"), values.get(2)));
        if (taken) {
            throw ApiError.field("non_field_errors", "The fields policy, target, order must make a unique set.");
        }
    }

    private static boolean same(JsonNode a, JsonNode b) {
        boolean aNull = a == null || a.isNull();
        boolean bNull = b == null || b.isNull();
        if (aNull || bNull) {
            return aNull && bNull;
        }
        return a.isNumber() && b.isNumber() ? a.longValue() == b.longValue() : a.equals(b);
    }
}
