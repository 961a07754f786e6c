package dev.akconf.diag;

import dev.akconf.model.Origin;

/**
 * One problem found in the configuration, pointing at the offending node.
 *
 * @param severity error or warning
 * @param origin   the file, and line/column of the key or value at fault when one exists
 * @param message  one line, no trailing period needed, never a secret value
 */
public record Diagnostic(Severity severity, Origin origin, String message) {

    public Diagnostic {
        if (severity == null || origin == null || message == null) {
            throw new IllegalArgumentException("severity, origin and message are required");
        }
        // One line per diagnostic is part of the output contract (grep-able, CI-annotation friendly).
        message = message.replace('\n', ' ').replace('\r', ' ');
    }

    public static Diagnostic error(Origin origin, String message) {
        return new Diagnostic(Severity.ERROR, origin, message);
    }

    public static Diagnostic warning(Origin origin, String message) {
        return new Diagnostic(Severity.WARNING, origin, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code FILE:LINE:COLUMN: error: message}. */
    @Override
    public String toString() {
        return origin + ": " + severity.label() + ": " + message;
    }
}
