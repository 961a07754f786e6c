package dev.akconf.kinds;

import dev.akconf.model.FieldRule;
import dev.akconf.model.RefField;
import dev.akconf.model.RefTarget;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The natural key of a declared resource, as written in YAML. Most kinds have one identity key
 * ({@code name}, {@code slug}); a policy binding is identified by what it binds to what:
 * {@code target: {application: grafana}} plus exactly one of {@code group}, {@code user} or
 * {@code policy}, shown as {@code application:grafana group:grafana-users}.
 */
public final class Identities {

    /** The subject keys of a policy binding; Authentik requires exactly one. */
    public static final List<String> BINDING_SUBJECTS = List.of("group", "user", "policy");
    /** What a policy binding can target in this version. */
    public static final List<String> BINDING_TARGETS = List.of("application");

    private Identities() {
    }

    /** The identity of a schema-valid document of {@code kind}, or empty when the document has none. */
    public static Optional<String> of(Kind kind, JsonNode root) {
        if (kind != Kind.POLICY_BINDING) {
            JsonNode v = root.path(kind.identityField());
            return v.isString() ? Optional.of(v.asString()) : Optional.empty();
        }
        Optional<String> target = pair(root.path("target"), BINDING_TARGETS);
        Optional<String> subject = pair(root, BINDING_SUBJECTS);
        return target.isPresent() && subject.isPresent() ? Optional.of(target.get() + " " + subject.get()) : Optional.empty();
    }

    /** {@code key:value} for the one key of {@code keys} that {@code node} holds. */
    private static Optional<String> pair(JsonNode node, List<String> keys) {
        String found = null;
        for (String k : keys) {
            JsonNode v = node.get(k);
            if (v != null && (v.isString() || v.isNumber())) {
                if (found != null) {
                    return Optional.empty();
                }
                found = k + ":" + v.asString();
            }
        }
        return Optional.ofNullable(found);
    }

    /** The YAML pointer that best locates a resource's identity in its document. */
    public static String pointer(Kind kind) {
        return kind == Kind.POLICY_BINDING ? "/target" : "/" + kind.identityField();
    }
}
