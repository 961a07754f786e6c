package dev.akconf.importer;

import dev.akconf.model.RefField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A reference field's live value (pks) as YAML writes it (names), or what could not be named.
 * Set-valued lists come out sorted, so an import is the same whatever order Authentik returns.
 */
final class References {

    /**
     * @param value      the names, or null when some pk could not be named
     * @param unresolved the pks that could not be named, as text
     */
    record Named(JsonNode value, List<String> unresolved) {
        boolean complete() {
            return unresolved.isEmpty();
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ReverseResolver resolver;

    References(ReverseResolver resolver) {
        this.resolver = resolver;
    }

    /**
     * @param serverAdded natural keys to drop from the list: the objects Authentik adds itself
     *                    ({@code KindAdapter.serverAdded})
     * @param set         the list's order means nothing: sort it
     */
    Named name(RefField ref, JsonNode live, java.util.Set<String> serverAdded, boolean set) {
        if (live.isNull()) {
            return new Named(live, List.of());
        }
        List<String> unresolved = new ArrayList<>();
        if (!live.isArray()) {
            Optional<String> n = resolver.name(ref.target(), live);
            n.ifPresentOrElse(x -> { }, () -> unresolved.add(live.asString()));
            return new Named(n.<JsonNode>map(NODES::stringNode).orElse(null), unresolved);
        }
        List<String> names = new ArrayList<>();
        for (JsonNode pk : live) {
            if (!serverAdded.isEmpty() && resolver.name(ref.target(), pk).filter(serverAdded::contains).isPresent()) {
                continue;
            }
            resolver.name(ref.target(), pk).ifPresentOrElse(names::add, () -> unresolved.add(pk.asString()));
        }
        if (set) {
            names.sort(Comparator.naturalOrder());
        }
        ArrayNode out = NODES.arrayNode();
        names.forEach(out::add);
        return new Named(unresolved.isEmpty() ? out : null, unresolved);
    }
}
