package dev.akconf.diff;

import dev.akconf.config.Resource;
import dev.akconf.diag.Diagnostics;
import dev.akconf.live.LiveState;
import dev.akconf.model.Kind;
import dev.akconf.model.KindSpec;
import dev.akconf.model.KindSpecs;
import dev.akconf.model.RefField;
import dev.akconf.model.RefTarget;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a resource's spec from YAML space (flow slugs, provider names) into API space (pks), so it can
 * be compared with, and written to, Authentik. A reference to nothing is an error at its file:line.
 */
public final class Resolver {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final LiveState live;
    private final Set<String> providersToCreate;

    /**
     * @param providersToCreate names of proxy providers this plan creates: references to them are
     *                          resolved during apply
     */
    public Resolver(LiveState live, Set<String> providersToCreate) {
        this.live = live;
        this.providersToCreate = providersToCreate;
    }

    public ObjectNode resolve(Resource resource, Diagnostics diags) {
        KindSpec spec = KindSpecs.of(resource.kind());
        ObjectNode api = resource.spec().deepCopy();
        for (Map.Entry<String, RefField> e : spec.refs().entrySet()) {
            String field = e.getKey();
            JsonNode value = api.get(field);
            if (value == null || value.isNull()) {
                continue;
            }
            if (e.getValue().many() && value instanceof ArrayNode list) {
                ArrayNode out = NODES.arrayNode();
                for (int i = 0; i < list.size(); i++) {
                    out.add(one(resource, "/" + field + "/" + i, list.get(i), e.getValue().target(), diags));
                }
                api.set(field, out);
            } else {
                api.set(field, one(resource, "/" + field, value, e.getValue().target(), diags));
            }
        }
        // The identity key sits beside spec in YAML but is a field of the API body; put it first.
        String identityField = resource.kind() == Kind.APPLICATION ? "slug" : "name";
        if (!api.has(identityField)) {
            ObjectNode ordered = NODES.objectNode().put(identityField, resource.key().identity());
            ordered.setAll(api);
            return ordered;
        }
        return api;
    }

    private JsonNode one(Resource resource, String pointer, JsonNode value, RefTarget target, Diagnostics diags) {
        if (target.integerPk() && value.isIntegralNumber()) {
            return value; // a literal pk, as the API takes it
        }
        String text = value.asString();
        Optional<JsonNode> found = live.refs().find(target, text);
        if (found.isPresent()) {
            JsonNode pk = found.get().get("pk");
            return target.integerPk() ? NODES.numberNode(pk.asLong()) : NODES.stringNode(pk.asString());
        }
        if (target == RefTarget.PROVIDER && providersToCreate.contains(text)) {
            return PendingRef.of(Kind.PROXY_PROVIDER, text);
        }
        diags.error(resource.specOrigin(pointer), target.noun() + " \"" + text + "\" does not exist in Authentik"
                + " (looked up by " + String.join(" or ", target.keyFields()) + " in GET " + target.listPath() + ")");
        return value;
    }
}
