package dev.akconf.drift;

import dev.akconf.kinds.ResourceKey;
import dev.akconf.diff.FieldChange;

/**
 * A difference drift found and did not count, because an ignore rule accepts it.
 *
 * @param key    the resource or unmanaged object
 * @param what   {@code update} (a field), {@code create} (missing), {@code delete} (should be absent) or
 *               {@code unmanaged}
 * @param change the field change for {@code update}; null otherwise
 * @param rule   the rule that accepts it
 */
public record IgnoredItem(ResourceKey key, String what, FieldChange change, IgnoreRule rule) {
}
