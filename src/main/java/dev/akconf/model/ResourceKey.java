package dev.akconf.model;

/** A resource's kind and natural key, e.g. {@code ProxyProvider "Domain wide catch all"}. */
public record ResourceKey(Kind kind, String identity) {

    /** The plan address, e.g. {@code ProxyProvider.Domain wide catch all}. */
    public String address() {
        return kind.label() + "." + identity;
    }

    @Override
    public String toString() {
        return kind.label() + " \"" + identity + "\"";
    }
}
