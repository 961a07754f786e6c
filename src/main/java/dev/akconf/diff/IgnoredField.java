package dev.akconf.diff;

/**
 * A difference the resource's {@code akconf.io/ignore} takes out of the comparison: shown as
 * ignored, never counted, never written.
 *
 * @param change what differs, as it would have been planned
 * @param reason the reason written beside the field
 * @param origin where the entry is written in the configuration
 */
public record IgnoredField(FieldChange change, String reason, dev.akconf.model.Origin origin) {
}
