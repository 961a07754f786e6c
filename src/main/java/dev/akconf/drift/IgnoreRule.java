package dev.akconf.drift;

import dev.akconf.kinds.Kind;
import dev.akconf.model.Origin;
import dev.akconf.model.Paths;
import dev.akconf.kinds.ResourceKey;

/**
 * A known exception to drift: a difference someone accepted, with the reason they gave.
 *
 * @param kind   the kind of the resource
 * @param name   its name (or slug for an application)
 * @param path   a JSON pointer into {@code spec} ({@code /access_token_validity}); null for the whole
 *               resource: every difference, its absence, or its being unmanaged
 * @param reason why the difference is accepted (required: an exception without one is not reviewable)
 * @param origin where the rule is written in the ignore file
 */
public record IgnoreRule(Kind kind, String name, String path, String reason, Origin origin) {

    public boolean matches(ResourceKey key) {
        return key.kind() == kind && key.identity().equals(name);
    }

    /** Whether a field change at {@code changePath} is this rule's, the path itself or below it. */
    public boolean covers(String changePath) {
        return path == null || changePath.equals(path) || changePath.startsWith(path + "/");
    }

    /** {@code ProxyProvider "x"} or {@code ProxyProvider "x" access_token_validity}. */
    public String describe() {
        return new ResourceKey(kind, name) + (path == null ? "" : " " + Paths.display(path));
    }
}
