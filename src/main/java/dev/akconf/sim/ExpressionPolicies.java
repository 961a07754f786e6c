package dev.akconf.sim;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /policies/expression/}: ExpressionPolicyViewSet (authentik/policies/expression/api.py), keyed
 * by {@code policy_uuid}, ordered by name, searched by name. Its objects are the expression policies of
 * the one policy table ({@link Tables#policies}, as Policy is the parent model), so they are also
 * listed, counted and deleted by {@code /policies/all/}, and bindings take them as {@code policy}.
 * {@code filterset_fields = "__all__"}: every concrete model field is an exact filter; the simulator
 * stores no {@code created}/{@code last_updated}, so those two filters are ignored (differs).
 */
final class ExpressionPolicies extends Collection {

    /** What ExpressionPolicy.Meta's verbose name and {@code _meta.label_lower} give (authentik/policies/expression/models.py). */
    static final String META_MODEL = "authentik_policies_expression.expressionpolicy";

    ExpressionPolicies() {
        super("/policies/expression/", "ExpressionPolicy");
    }

    static boolean isExpressionPolicy(ObjectNode policy) {
        return META_MODEL.equals(Json.text(policy, "meta_model_name"));
    }

    @Override
    List<ObjectNode> all(Tables t) {
        return sorted(t.policies.values().stream().filter(ExpressionPolicies::isExpressionPolicy).toList(), byFields("name"));
    }

    @Override
    Optional<ObjectNode> find(Tables t, String key) {
        return Optional.ofNullable(t.policies.get(uuidKey(key))).filter(ExpressionPolicies::isExpressionPolicy);
    }

    /** ExpressionPolicySerializer: PolicySerializer's fields (bound_to computed), then {@code expression}. */
    @Override
    ObjectNode render(Tables t, Links links, ObjectNode stored) {
        return Policies.view(links, stored);
    }

    @Override
    Predicate<ObjectNode> filter(Tables t, Links links, Query q) {
        Optional<String> uuid = q.value("policy_uuid");
        // django-filter's UUIDFilter (forms.UUIDField): a malformed value is a 400, not an empty list.
        String wanted = uuid.map(v -> Refs.canonicalUuid(v).orElseThrow(() -> ApiError.field("policy_uuid", "Enter a valid UUID.")))
                .orElse(null);
        return Filters.search(q, List.of(Filters.field("name")))
                .and(Filters.exact(q, "name", Filters.field("name")))
                .and(Filters.exact(q, "expression", Filters.field("expression")))
                .and(Filters.bool(q, "execution_logging", o -> o.path("execution_logging").asBoolean(false)))
                .and(o -> wanted == null || wanted.equals(Json.text(o, "pk")));
    }

    @Override
    boolean writable() {
        return true;
    }

    @Override
    ObjectNode create(Tables t, ObjectNode body) {
        return ExpressionPolicyWrites.create(t, body);
    }

    @Override
    ObjectNode update(Tables t, ObjectNode stored, ObjectNode body, boolean partial) {
        return ExpressionPolicyWrites.update(t, stored, body, partial);
    }

    @Override
    void delete(Tables t, ObjectNode stored) {
        Deletes.policy(t, stored);
    }
}
