package dev.akconf.kinds;

import static dev.akconf.model.FieldRule.byDefault;
import static dev.akconf.model.FieldRule.required;

import dev.akconf.model.FieldRule;
import dev.akconf.model.RefField;
import dev.akconf.model.RefTarget;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

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

    /**
     * {@code <target pk>|<subject field>=<subject pk>}, or null when a part is missing or not yet a pk.
     * Authentik's own uniqueness is (policy, target, order) (authentik/policies/models.py
     * PolicyBinding.Meta), so two bindings of one group to one application may exist: the first in
     * server order pairs.
     */
    @Override
    public String identity(JsonNode body) {
        JsonNode target = body.get("target");
        if (target == null || !target.isValueNode()) {
            return null;
        }
        for (String subject : Identities.BINDING_SUBJECTS) {
            JsonNode v = body.get(subject);
            if (v != null && !v.isNull()) {
                return v.isValueNode() ? target.asString() + "|" + subject + "=" + v.asString() : null;
            }
        }
        return null;
    }

    /** A binding has no name: it is the pair (target, subject), known only once both resolve to pks. */
    @Override
    public boolean pairsAfterResolving() {
        return true;
    }

    @Override
    public String declaredPointer(String field) {
        if (field.equals("target")) {
            return "/target/application";
        }
        return Identities.BINDING_SUBJECTS.contains(field) ? "/" + field : super.declaredPointer(field);
    }

    /** Bindings are reported only on targets the configuration binds: flows and other applications are left alone. */
    @Override
    public String unmanagedScope(JsonNode body) {
        return body.path("target").asString("");
    }

    /** Named from the {@code *_obj} objects PolicyBindingSerializer embeds (authentik/policies/api/bindings.py). */
    @Override
    public String displayName(JsonNode live, RefLookup refs) {
        return BindingNames.identity(live, refs);
    }

    /**
     * PolicyBindingSerializer.validate reads attrs["target"] and counts the subjects among the sent
     * fields only, so a partial update must carry the target and its one subject, or it fails (500
     * without target, 400 "One of 'group', 'policy', 'user' must be set." without a subject);
     * authentik/policies/api/bindings.py.
     */
    @Override
    public void patchCompanions(ObjectNode body, ObjectNode desired, ObjectNode live) {
        body.set("target", desired.get("target"));
        for (String subject : Identities.BINDING_SUBJECTS) {
            if (desired.hasNonNull(subject)) {
                body.set(subject, desired.get(subject));
            }
        }
    }

    /**
     * Bindings have no name filter: those of the target (PolicyBindingFilter's {@code target},
     * authentik/policies/api/bindings.py), matched by identity afterwards.
     */
    @Override
    public Map<String, List<String>> createdQuery(String identity, JsonNode body) {
        return Map.of("target", List.of(body.path("target").asString()));
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
