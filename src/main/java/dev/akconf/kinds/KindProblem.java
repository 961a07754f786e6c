package dev.akconf.kinds;

/**
 * An error plan reports for a declaration, found by its kind's adapter.
 *
 * @param pointer where in the document (e.g. {@code /name}); null for the document itself
 * @param message one line
 */
public record KindProblem(String pointer, String message) {
}
