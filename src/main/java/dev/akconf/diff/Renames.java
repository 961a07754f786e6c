package dev.akconf.diff;

import dev.akconf.config.Resource;
import dev.akconf.kinds.Kind;
import dev.akconf.kinds.ResourceKey;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Objects this configuration renames: a resource with {@code id:} whose live object has another name.
 * In the same configuration the new name means that object, so a rename and the references to its
 * new name are one change (apply writes the rename first); the old name no longer means anything
 * once apply has run, so a reference by it is an error now rather than on the next plan.
 */
public final class Renames {

    /** The new key → the live object's pk. */
    private final Map<ResourceKey, JsonNode> byNewName = new HashMap<>();
    /** The old key → the new name, for the error on a reference by the old name. */
    private final Map<ResourceKey, String> byOldName = new HashMap<>();

    /** Records {@code r} if it is a rename: it has an {@code id:} and its live match has another name. */
    public void consider(Resource r, Optional<ObjectNode> match) {
        if (r.id() == null || match.isEmpty() || r.kind().identityField() == null) {
            return;
        }
        String live = match.get().path(r.kind().spec().liveIdentity()).asString(null);
        if (live == null || live.equals(r.key().identity())) {
            return;
        }
        byNewName.put(r.key(), match.get().get("pk"));
        byOldName.put(new ResourceKey(r.kind(), live), r.key().identity());
    }

    /** The pk a reference by the new name {@code name} of a {@code kind} means, if this configuration renames one to it. */
    Optional<JsonNode> pk(Kind kind, String name) {
        return Optional.ofNullable(byNewName.get(new ResourceKey(kind, name)));
    }

    /** The new name of the object called {@code name} in Authentik, if this configuration renames it. */
    Optional<String> renamedTo(Kind kind, String name) {
        return Optional.ofNullable(byOldName.get(new ResourceKey(kind, name)));
    }

    /** Whether {@code key} is the new name of a renamed object. */
    public boolean isNewName(ResourceKey key) {
        return byNewName.containsKey(key);
    }
}
