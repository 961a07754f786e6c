package dev.akconf.kinds;

import tools.jackson.databind.JsonNode;

/**
 * A field's value as plan and apply's verify compare and show it (gitops-engine's {@code Normalizer}):
 * applied to the declared and the live value alike, never to what is written.
 */
@FunctionalInterface
public interface FieldNormalizer {

    /** Leaves every value as it is. */
    FieldNormalizer NONE = (field, value) -> value;

    /** {@code value} of {@code field} as compared; {@code value} itself when nothing changes (may be null). */
    JsonNode normalize(String field, JsonNode value);
}
