package dev.akconf.controller;

/**
 * Internal: the exception python jsonpatch would raise at this point. {@code at} is the JSON
 * pointer (escaped) where resolution stopped: for a missing member, the member's own pointer.
 */
final class PyRaise extends RuntimeException {

    final PyError type;
    final String pythonMessage;
    final String human;
    final PatchFailure kind;
    final String at;

    PyRaise(PyError type, PatchFailure kind, String pythonMessage, String human, String at) {
        super(pythonMessage, null, false, false);
        this.type = type;
        this.kind = kind;
        this.pythonMessage = pythonMessage;
        this.human = human;
        this.at = at;
    }
}
