package dev.akconf.kinds;

import dev.akconf.model.RefTarget;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** What a kind's hooks may ask of the live reference tables (implemented by {@code live.LiveIndex}). */
public interface RefLookup {

    /** The live object whose natural key (or, failing that, pk) is {@code value}. */
    Optional<JsonNode> find(RefTarget target, String value);

    /** The natural key to show for a live pk; empty when the pk is unknown. */
    Optional<String> displayName(RefTarget target, JsonNode pk);
}
