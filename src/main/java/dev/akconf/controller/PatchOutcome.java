package dev.akconf.controller;

import tools.jackson.databind.JsonNode;

/** The result of {@link JsonPatch#apply}: the patched document, or the first failing operation. */
public sealed interface PatchOutcome {

    /** Every operation applied; {@code document} is a new tree (the input is never changed). */
    record Patched(JsonNode document) implements PatchOutcome {
    }

    /** Python would raise at {@code error.opIndex()}; nothing of the patch takes effect. */
    record Failed(PatchError error) implements PatchOutcome {
    }
}
