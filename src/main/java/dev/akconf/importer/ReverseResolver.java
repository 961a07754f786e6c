package dev.akconf.importer;

import dev.akconf.live.LiveIndex;
import dev.akconf.model.RefTarget;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Turns live pks and uuids back into the natural keys the YAML uses: flows by slug, scope mappings
 * by their {@code managed} id when Authentik manages them (the same on every installation) else by
 * name, certificates, service connections and providers by name.
 */
final class ReverseResolver {

    private final LiveIndex refs;

    ReverseResolver(LiveIndex refs) {
        this.refs = refs;
    }

    /** The natural key of the object {@code pk} points at, or empty when it is not in the table. */
    Optional<String> name(RefTarget target, JsonNode pk) {
        Optional<String> key = refs.displayName(target, pk).filter(s -> !s.isEmpty());
        if (target != RefTarget.SCOPE_MAPPING || key.isEmpty()) {
            return key;
        }
        return Optional.of(refs.find(target, key.get())
                .map(o -> o.path("managed"))
                .filter(m -> m.isString() && !m.asString().isEmpty())
                .map(JsonNode::asString)
                .orElse(key.get()));
    }

    /** Whether {@code pk} is one of the scope mappings Authentik adds to every proxy provider. */
    boolean isServerAddedMapping(JsonNode pk) {
        return name(RefTarget.SCOPE_MAPPING, pk).filter(dev.akconf.kinds.ProxyProviderAdapter.DEFAULT_MAPPINGS::contains).isPresent();
    }
}
