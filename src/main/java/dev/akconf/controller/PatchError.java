package dev.akconf.controller;

import tools.jackson.databind.JsonNode;

/**
 * Why a JSON patch does not apply, as python {@code jsonpatch} 1.33 would fail on it.
 *
 * @param opIndex       0-based index of the failing operation in the patch list (-1 when the patch
 *                      itself is not a list, which Authentik's config check rejects anyway)
 * @param op            that operation, as declared
 * @param exception     the Python exception class raised
 * @param kind          what went wrong, for fix hints
 * @param pythonMessage {@code str(exc)} exactly as Python formats it (dicts as {@code repr})
 * @param message       the same failure worded for a person, with JSON pointers instead of reprs
 * @param at            the JSON pointer where resolution stopped (for a missing member, the member's
 *                      own pointer), or the operation's path
 */
public record PatchError(int opIndex, JsonNode op, PyError exception, PatchFailure kind,
                         String pythonMessage, String message, String at) {

    /**
     * What Authentik's controller reports: {@code JSON Patch failed: ...} for the exceptions
     * {@code authentik/outposts/controllers/k8s/base.py} catches, else the uncaught exception that
     * ends the controller task ({@link PyError#caughtByController()}).
     */
    public String controllerSays() {
        return exception.caughtByController() ? "JSON Patch failed: " + pythonMessage
                : exception.name() + ": " + pythonMessage;
    }

    /** {@link #controllerSays()} cut to about {@code max} characters ({@code ...} marks the cut): the reprs are long. */
    public String controllerSays(int max) {
        String full = controllerSays();
        return full.length() <= max ? full : full.substring(0, Math.max(0, max - 3)) + "...";
    }

    /** {@code operation 0 (add /spec/template/spec/volumes/-): /spec/template/spec has no member 'volumes' ...}. */
    public String describe() {
        return "operation " + opIndex + " (" + JsonPatch.summary(op) + "): " + message;
    }
}
