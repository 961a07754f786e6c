package dev.akconf.kinds;

import dev.akconf.model.RefTarget;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Names the object a live reference (a pk) points at, as the reference tables read from Authentik do. */
@FunctionalInterface
public interface RefNames {

    /** The natural key of the object of {@code target} whose pk is {@code pk}, or empty when it is not in the table. */
    Optional<String> displayName(RefTarget target, JsonNode pk);
}
