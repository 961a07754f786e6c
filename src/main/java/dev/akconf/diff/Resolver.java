package dev.akconf.diff;

import dev.akconf.config.Resource;
import dev.akconf.diag.Diagnostics;
import dev.akconf.live.LiveState;
import dev.akconf.kinds.Kind;
import dev.akconf.kinds.KindSpec;
import dev.akconf.model.RefField;
import dev.akconf.model.RefTarget;
import dev.akconf.kinds.ResourceKey;
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
    private final Set<ResourceKey> toCreate;
    private final Renames renames;

    /**
     * @param toCreate resources this plan creates: references to them wait for their pks, which
     *                 apply fills in as it creates them
     */
    public Resolver(LiveState live, Set<ResourceKey> toCreate) {
        this(live, toCreate, new Renames());
    }

    /** @param renames objects this configuration renames: their new names resolve to their pks */
    public Resolver(LiveState live, Set<ResourceKey> toCreate, Renames renames) {
        this.live = live;
        this.toCreate = toCreate;
        this.renames = renames;
    }

    public ObjectNode resolve(Resource resource, Diagnostics diags) {
        KindSpec spec = resource.kind().spec();
        ObjectNode api = besideSpec(resource);
        api.setAll(resource.spec().deepCopy());
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
        String identityField = resource.kind().identityField();
        if (identityField != null && !api.has(identityField)) {
            ObjectNode ordered = NODES.objectNode().put(identityField, resource.key().identity());
            ordered.setAll(api);
            return ordered;
        }
        return api;
    }

    /**
     * The writable fields whose declared values stand beside spec in YAML (a binding's
     * {@code target: {application: x}} and {@code group: y}, see {@code KindAdapter.declaredPointer})
     * but are fields of the API body, resolved like any reference; in writable-field order, first.
     */
    private static ObjectNode besideSpec(Resource resource) {
        ObjectNode api = NODES.objectNode();
        JsonNode root = resource.document() == null ? null : resource.document().root();
        for (String field : resource.kind().spec().writable()) {
            String at = resource.kind().adapter().declaredPointer(field);
            if (root != null && !at.startsWith("/spec/")) {
                JsonNode v = root.at(at);
                if (!v.isMissingNode() && !v.isNull()) {
                    api.set(field, v);
                }
            }
        }
        return api;
    }

    /** Where the value stands: in spec, or, for a binding's target and subject, beside it. */
    private static dev.akconf.model.Origin origin(Resource resource, String pointer) {
        String field = pointer.substring(1).split("/", 2)[0];
        String at = resource.kind().adapter().declaredPointer(field);
        return at.startsWith("/spec/") ? resource.specOrigin(pointer) : resource.document().source().value(at);
    }

    private JsonNode one(Resource resource, String pointer, JsonNode value, RefTarget target, Diagnostics diags) {
        String text = value.asString();
        Optional<Kind> renamedKind = Kind.declaring(target);
        if (renamedKind.isPresent()) {
            // A rename in this configuration: the new name is that object now, the old one nothing.
            Optional<JsonNode> renamed = renames.pk(renamedKind.get(), text);
            if (renamed.isPresent()) {
                JsonNode pk = renamed.get();
                return target.integerPk() ? NODES.numberNode(pk.asLong()) : NODES.stringNode(pk.asString());
            }
            Optional<String> newName = renames.renamedTo(renamedKind.get(), text);
            if (newName.isPresent() && !resource.isSecret(pointer) && !toCreate.contains(new ResourceKey(renamedKind.get(), text))) {
                diags.error(origin(resource, pointer), target.noun() + " \"" + text + "\" is renamed to \"" + newName.get()
                        + "\" in this configuration (by its id): refer to it by its new name");
                return value;
            }
        }
        // A literal pk or uuid is looked up too: the table was read whenever a value points into it.
        Optional<JsonNode> found = live.refs().find(target, text);
        if (found.isPresent()) {
            JsonNode pk = found.get().get("pk");
            return target.integerPk() ? NODES.numberNode(pk.asLong()) : NODES.stringNode(pk.asString());
        }
        Optional<Kind> kind = Kind.declaring(target);
        if (kind.isPresent() && toCreate.contains(new ResourceKey(kind.get(), text))) {
            return PendingRef.of(kind.get(), text);
        }
        String shown = resource.isSecret(pointer) ? dev.akconf.config.Interpolator.SENSITIVE : "\"" + text + "\"";
        diags.error(origin(resource, pointer), target.noun() + " " + shown + " does not exist in Authentik"
                + " (looked up by " + String.join(" or ", target.keyFields()) + " in GET " + target.listPath() + ")");
        return value;
    }
}
