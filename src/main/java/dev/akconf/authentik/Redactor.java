package dev.akconf.authentik;

/**
 * Replaces the API token with {@code ***} in any text we build, as a last line of defence: the
 * token only travels in a header, but server bodies and exception messages are not ours to trust.
 */
final class Redactor {

    static final String MASK = "***";

    private final String token;

    Redactor(String token) {
        this.token = token;
    }

    String apply(String text) {
        if (text == null || token == null || token.isEmpty()) {
            return text;
        }
        return text.replace(token, MASK);
    }

    @Override
    public String toString() {
        return "Redactor[" + MASK + "]";
    }
}
