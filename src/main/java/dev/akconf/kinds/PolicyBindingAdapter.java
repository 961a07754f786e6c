package dev.akconf.kinds;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import java.util.Optional;
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

    /** Named as its declaration is: {@code application:grafana group:staff} (see {@link #identityKeys}). */
    @Override
    public String liveName(ObjectNode object, RefNames refs) {
        ObjectNode keys = identityKeys(object, refs);
        String subject = keys.properties().stream().filter(e -> !e.getKey().equals("target"))
                .map(e -> e.getKey() + ":" + e.getValue().asString()).findFirst().orElse("?");
        return Identities.BINDING_TARGETS.get(0) + ":" + keys.path("target").path(Identities.BINDING_TARGETS.get(0)).asString()
                + " " + subject;
    }

    /**
     * {@code target: {application: <slug>}} and the one subject, named from the {@code *_obj} objects
     * Authentik embeds (authentik/policies/api/bindings.py PolicyBindingSerializer: group_obj, user_obj,
     * policy_obj), the target's slug from the application table.
     */
    @Override
    public ObjectNode identityKeys(ObjectNode object, RefNames refs) {
        ObjectNode keys = JsonNodeFactory.instance.objectNode();
        String target = refs.displayName(spec().refs().get("target").target(), object.get("target"))
                .orElse(object.path("target").asString());
        keys.putObject("target").put(Identities.BINDING_TARGETS.get(0), target);
        for (String subject : Identities.BINDING_SUBJECTS) {
            if (object.hasNonNull(subject)) {
                String nameField = subject.equals("user") ? "username" : "name";
                keys.put(subject, object.path(subject + "_obj").path(nameField).asString(object.path(subject).asString()));
                break;
            }
        }
        return keys;
    }

    /**
     * A binding's target is any PolicyBindingModel (authentik/policies/models.py PolicyBinding.target):
     * flows and stages have bindings too, which akconf does not manage; only those on applications count.
     */
    @Override
    public Optional<String> scopeField() {
        return Optional.of("target");
    }
}
