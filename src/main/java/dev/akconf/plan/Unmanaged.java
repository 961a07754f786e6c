package dev.akconf.plan;

import dev.akconf.kinds.Kind;

/** A live object of a declared kind that no document declares: reported, never changed. */
public record Unmanaged(Kind kind, String name, String id) {
}
