package dev.akconf.sim;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /policies/bindings/}: PolicyBindingViewSet and PolicyBindingFilter
 * (authentik/policies/api/bindings.py), keyed by {@code policy_binding_uuid}, ordered by order, pk.
 */
final class PolicyBindings extends Collection {

    private static final String INVALID_CHOICE = "Select a valid choice. That choice is not one of the available choices.";

    PolicyBindings() {
        super("/policies/bindings/", "PolicyBinding");
    }

    @Override
    List<ObjectNode> all(Tables t) {
        return sorted(t.bindings.values(), byFields("order", "pk"));
    }

    @Override
    Optional<ObjectNode> find(Tables t, String key) {
        return Optional.ofNullable(t.bindings.get(uuidKey(key)));
    }

    @Override
    ObjectNode render(Tables t, Links links, ObjectNode stored) {
        return PolicyBindingViews.render(t, links, stored);
    }

    /**
     * PolicyBindingFilter: {@code target} and {@code policy} are ModelChoiceFilters (an unknown or
     * malformed uuid is a 400 "Select a valid choice."), {@code target} compares the target's
     * pbm_uuid; {@code target_in} is a ModelMultipleChoiceFilter on pbm_uuid (repeatable, OR-ed,
     * each value checked); enabled and policy__isnull are booleans, order and timeout numbers.
     * search_fields = policy__name.
     */
    @Override
    Predicate<ObjectNode> filter(Tables t, Links links, Query q) {
        Function<ObjectNode, String> policyName = o -> Json.text(t.policies.get(String.valueOf(Json.text(o, "policy"))), "name");
        Function<ObjectNode, String> pbm = o -> t.pbmUuid(Json.text(o, "target"));
        Predicate<ObjectNode> p = Filters.search(q, List.of(policyName));
        Optional<String> target = q.value("target");
        if (target.isPresent()) {
            String wanted = Refs.canonicalUuid(target.get()).filter(t::isPbmUuid)
                    .orElseThrow(() -> ApiError.field("target", INVALID_CHOICE));
            p = p.and(o -> wanted.equals(pbm.apply(o)));
        }
        List<String> targets = q.all("target_in");
        for (String v : targets) {
            if (Refs.canonicalUuid(v).isEmpty()) {
                throw ApiError.field("target_in", "\u201c" + v + "\u201d is not a valid UUID.");
            }
            // ModelMultipleChoiceField._check_values compares str(pbm_uuid) with the value as sent.
            if (!t.isPbmUuid(v)) {
                throw ApiError.field("target_in", "Select a valid choice. " + v + " is not one of the available choices.");
            }
        }
        if (!targets.isEmpty()) {
            p = p.and(o -> targets.contains(pbm.apply(o)));
        }
        Optional<String> policy = q.value("policy");
        if (policy.isPresent()) {
            String wanted = Refs.canonicalUuid(policy.get()).filter(t.policies::containsKey)
                    .orElseThrow(() -> ApiError.field("policy", INVALID_CHOICE));
            p = p.and(o -> wanted.equals(Json.text(o, "policy")));
        }
        return p.and(Filters.bool(q, "policy__isnull", o -> Json.text(o, "policy") == null))
                .and(Filters.bool(q, "enabled", o -> o.path("enabled").asBoolean(false)))
                .and(number(q, "order"))
                .and(number(q, "timeout"));
    }

    /** A NumberFilter (forms.DecimalField) on an integer column: the lookup value is truncated by int(). */
    private static Predicate<ObjectNode> number(Query q, String field) {
        Optional<String> raw = q.value(field);
        if (raw.isEmpty()) {
            return Filters.all();
        }
        long wanted;
        try {
            wanted = new BigDecimal(raw.get().strip()).longValue();
        } catch (NumberFormatException e) {
            throw ApiError.field(field, "Enter a number.");
        }
        return o -> o.path(field).isIntegralNumber() && o.get(field).longValue() == wanted;
    }

    @Override
    boolean writable() {
        return true;
    }

    @Override
    ObjectNode create(Tables t, ObjectNode body) {
        return PolicyBindingWrites.create(t, body);
    }

    @Override
    ObjectNode update(Tables t, ObjectNode stored, ObjectNode body, boolean partial) {
        return PolicyBindingWrites.update(t, stored, body, partial);
    }

    @Override
    void delete(Tables t, ObjectNode stored) {
        t.bindings.remove(Json.text(stored, "pk"));
    }
}
