package dev.akconf.model;

/** Whether a declared resource should exist in Authentik; {@code absent} is the only way akconf deletes. */
public enum State {
    PRESENT,
    ABSENT;

    public static State parse(String text) {
        return text == null ? PRESENT : valueOf(text.toUpperCase(java.util.Locale.ROOT));
    }
}
