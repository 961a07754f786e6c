package dev.akconf.diff;

import dev.akconf.config.Resource;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * One declared resource and what pairing found for it.
 *
 * @param resource the declaration
 * @param live     the live object it describes; empty when Authentik has none (a create)
 * @param resolved its declared fields in API form (references resolved to pks, or pending); a copy
 *                 nobody changes: read it, copy it before writing to it
 */
public record Paired(Resource resource, Optional<ObjectNode> live, ObjectNode resolved) {
}
