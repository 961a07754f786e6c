package dev.akconf.kinds;

import dev.akconf.model.FieldRule;
import dev.akconf.model.RefField;
import dev.akconf.model.RefTarget;
import java.util.Objects;

/**
 * A resource's kind and natural key, e.g. {@code ProxyProvider "Domain wide catch all"}.
 *
 * @param shown the identity as every output shows it: the identity itself, or, when it was taken from a
 *              sensitive {@code ${VAR}}, the text with that variable's value masked
 *              ({@code sens-(sensitive value)}). Not part of equality: pairing and lookups use the real
 *              identity, only what is printed differs.
 */
public record ResourceKey(Kind kind, String identity, String shown) {

    public ResourceKey {
        shown = shown == null ? identity : shown;
    }

    public ResourceKey(Kind kind, String identity) {
        this(kind, identity, null);
    }

    /** Whether the identity holds a sensitive value, so outputs show {@link #shown} instead. */
    public boolean masked() {
        return !Objects.equals(shown, identity);
    }

    /** The plan address, e.g. {@code ProxyProvider.Domain wide catch all} (masked where the identity is sensitive). */
    public String address() {
        return kind.label() + "." + shown;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResourceKey k && k.kind == kind && Objects.equals(k.identity, identity);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, identity);
    }

    @Override
    public String toString() {
        return kind.label() + " \"" + shown + "\"";
    }
}
