package dev.akconf.diag;

import dev.akconf.model.Origin;

/**
 * One problem found in the configuration, pointing at the offending node.
 *
 * @param severity error or warning
 * @param origin   the file, and line/column of the key or value at fault when one exists
 * @param message  one line, no trailing period needed, never a secret value
 * @param rule     the guardrail rule that raised it (e.g. {@code AK001}), or null for plain validation
 */
public record Diagnostic(Severity severity, Origin origin, String message, String rule) {

    public Diagnostic(Severity severity, Origin origin, String message) {
        this(severity, origin, message, null);
    }

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

    /** The same problem as an error, for {@code --strict}. */
    public Diagnostic asError() {
        return new Diagnostic(Severity.ERROR, origin, message, rule);
    }

    /** The message with its rule id in front when it has one: {@code AK001: ...}. */
    public String text() {
        return rule == null ? message : rule + ": " + message;
    }

    /** {@code FILE:LINE:COLUMN: error: [RULE: ]message}. */
    @Override
    public String toString() {
        return origin + ": " + severity.label() + ": " + text();
    }
}
