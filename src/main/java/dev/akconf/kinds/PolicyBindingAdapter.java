package dev.akconf.kinds;

import static dev.akconf.model.FieldRule.byDefault;
import static dev.akconf.model.FieldRule.required;

import dev.akconf.model.FieldRule;
import dev.akconf.model.RefField;
import dev.akconf.model.RefTarget;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code PolicyBinding}: {@code /policies/bindings/} (authentik/policies/api/bindings.py). Identified
 * by target and subject (see {@link Identities}); its live identity is composed, not one field.
 */
public final class PolicyBindingAdapter extends GenericAdapter {

    PolicyBindingAdapter(Kind kind) {
        super(new KindSpec(kind,
                "/policies/bindings/", Map.of(), "pk", null, null,
                List.of("target", "group", "user", "policy", "negate", "enabled", "order", "timeout", "failure_result"),
                Map.of("target", new RefField(RefTarget.APPLICATION, false),
                        "group", new RefField(RefTarget.GROUP, false),
                        "user", new RefField(RefTarget.USER, false),
                        "policy", new RefField(RefTarget.POLICY, false)),
                Set.of(), Set.of(), Set.of()), table(), null);
    }

    // authentik/policies/models.py PolicyBinding; order has no default. failure_result true lets a
    // request through when the policy errors.
    private static List<FieldRule> table() {
        return List.of(
                byDefault("negate", Values.FALSE).markedSecurity(),
                byDefault("enabled", Values.TRUE).markedSecurity(),
                required("order"),
                byDefault("timeout", Values.number(30)),
                byDefault("failure_result", Values.FALSE).markedSecurity());
    }
}
