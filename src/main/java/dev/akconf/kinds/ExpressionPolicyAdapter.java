package dev.akconf.kinds;

import static dev.akconf.model.FieldRule.byDefault;
import static dev.akconf.model.FieldRule.required;

import dev.akconf.model.FieldRule;
import dev.akconf.model.RefTarget;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code ExpressionPolicy}: {@code /policies/expression/} (authentik/policies/expression/api.py
 * ExpressionPolicyViewSet: pk is the policy_uuid, {@code filterset_fields = "__all__"} gives the exact
 * {@code name} filter). Its list doubles as the table of a binding's {@code policy:} references, so a
 * binding to a policy created in the same run waits for its pk. Its {@code expression} is a
 * ModelSerializer CharField, trimmed on write (DRF's trim_whitespace), which the generic text
 * comparison already allows for.
 */
public final class ExpressionPolicyAdapter extends GenericAdapter {

    ExpressionPolicyAdapter(Kind kind) {
        super(new KindSpec(kind,
                "/policies/expression/", Map.of(), "pk", "name", "name",
                // ExpressionPolicySerializer.Meta.fields minus PolicySerializer's read-only ones.
                List.of("name", "execution_logging", "expression"),
                Map.of(), Set.of(), Set.of(), Set.of()), table(), RefTarget.POLICY);
    }

    /**
     * {@code /policies/all/} lists every policy type (PolicyViewSet, authentik/policies/api/policies.py:
     * {@code Policy.objects.select_subclasses()}); this kind's list only the expression policies among
     * them, so a binding may still name a policy of another type.
     */
    @Override
    public boolean servesTargetPartly() {
        return true;
    }

    // authentik/policies/models.py Policy (execution_logging default False); expression from
    // authentik/policies/expression/models.py ExpressionPolicy (a TextField without default: required).
    private static List<FieldRule> table() {
        return List.of(
                byDefault("execution_logging", Values.FALSE),
                required("expression").markedSecurity());
    }
}
