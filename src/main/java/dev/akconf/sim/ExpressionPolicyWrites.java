package dev.akconf.sim;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Create and update of expression policies: ExpressionPolicySerializer (authentik/policies/expression/api.py)
 * validates its fields in order (name, execution_logging, expression), each a ModelSerializer field of
 * the model (authentik/policies/models.py Policy, authentik/policies/expression/models.py): {@code name}
 * a required, trimmed, non-blank text, unique across every policy type (DRF's UniqueValidator on
 * Policy's default manager, message from Policy's verbose name); {@code execution_logging} a boolean
 * (model default false); {@code expression} required, trimmed, non-blank, then compiled by
 * validate_expression (see {@link ExpressionSyntax}) only when the field is otherwise valid.
 */
final class ExpressionPolicyWrites {

    /** The file name validate_expression compiles a new policy's expression under. */
    static final String NEW_POLICY_FILE = "temp-policy";

    private ExpressionPolicyWrites() {
    }

    static ObjectNode create(Tables t, ObjectNode body) {
        ObjectNode attrs = validate(t, body, false, null);
        ObjectNode stored = Json.object();
        stored.put("pk", t.ids.uuid());
        stored.put("name", "");
        stored.setAll(Defaults.expressionPolicy());
        stored.setAll(attrs);
        FixtureLoader.put(t.policies, stored);
        return stored;
    }

    static ObjectNode update(Tables t, ObjectNode stored, ObjectNode body, boolean partial) {
        stored.setAll(validate(t, body, partial, stored));
        return stored;
    }

    private static ObjectNode validate(Tables t, ObjectNode data, boolean partial, ObjectNode self) {
        Body b = new Body(data, partial);
        ObjectNode attrs = Json.object();
        String selfPk = self == null ? null : Json.text(self, "pk");
        JsonNode name = Scalars.string(b, "name", true, false, false);
        if (name != null && taken(t, name.stringValue(), selfPk)) {
            b.errors.add("name", "Policy with this name already exists.");
        } else {
            ProxyProviderWrites.put(attrs, "name", name);
        }
        ProxyProviderWrites.put(attrs, "execution_logging", Scalars.bool(b, "execution_logging", false));
        JsonNode expression = Scalars.string(b, "expression", true, false, false);
        if (expression != null) {
            // "temp-policy" if not self.instance else self.instance.name: the name before this update.
            String file = self == null ? NEW_POLICY_FILE : Json.text(self, "name");
            java.util.Optional<String> error = ExpressionSyntax.error(expression.stringValue(), file);
            if (error.isPresent()) {
                b.errors.add("expression", error.get());
            } else {
                attrs.set("expression", expression);
            }
        }
        b.errors.throwIfAny();
        return attrs;
    }

    /** Policy.name is unique over the parent table: a policy of any type holds the name. */
    private static boolean taken(Tables t, String name, String selfPk) {
        return t.policies.values().stream().anyMatch(p -> name.equals(Json.text(p, "name")) && !Json.text(p, "pk").equals(selfPk));
    }
}
