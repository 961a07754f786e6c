package dev.akconf.kinds;

import dev.akconf.model.RefTarget;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A live policy binding named the way a declaration of it is: {@code application:grafana group:staff},
 * and as YAML's identity keys ({@code target: {application: grafana}}, {@code group: staff}). Subject
 * names come from the {@code *_obj} objects Authentik embeds, the target's slug from the
 * application table.
 */
public final class BindingNames {

    private BindingNames() {
    }

    public static String identity(JsonNode binding, RefLookup refs) {
        ObjectNode keys = yamlKeys(binding, refs);
        String subject = keys.properties().stream().filter(e -> !e.getKey().equals("target"))
                .map(e -> e.getKey() + ":" + e.getValue().asString()).findFirst().orElse("?");
        return "application:" + keys.path("target").path("application").asString() + " " + subject;
    }

    public static ObjectNode yamlKeys(JsonNode binding, RefLookup refs) {
        ObjectNode keys = JsonNodeFactory.instance.objectNode();
        String target = refs.displayName(RefTarget.APPLICATION, binding.get("target")).orElse(binding.path("target").asString());
        keys.putObject("target").put("application", target);
        if (binding.hasNonNull("group")) {
            keys.put("group", binding.path("group_obj").path("name").asString(binding.path("group").asString()));
        } else if (binding.hasNonNull("user")) {
            keys.put("user", binding.path("user_obj").path("username").asString(binding.path("user").asString()));
        } else if (binding.hasNonNull("policy")) {
            keys.put("policy", binding.path("policy_obj").path("name").asString(binding.path("policy").asString()));
        }
        return keys;
    }
}
