package dev.akconf.config;

import dev.akconf.model.Origin;

/**
 * One entry of a resource's {@code akconf.io/ignore}: a field left to the UI (Terraform's
 * {@code ignore_changes}), neither compared nor written once the object exists.
 *
 * @param pointer JSON pointer into spec, e.g. {@code /skip_path_regex} or {@code /config/log_level};
 *                it covers everything below it
 * @param reason  why, for the next reviewer
 * @param origin  where the entry is written
 */
public record FieldIgnore(String pointer, String reason, Origin origin) {

    /** Whether a change at {@code path} is this entry's: the field itself or below it. */
    public boolean covers(String path) {
        return path.equals(pointer) || path.startsWith(pointer + "/");
    }
}
