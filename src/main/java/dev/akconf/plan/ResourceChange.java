package dev.akconf.plan;

import dev.akconf.diff.FieldChange;
import dev.akconf.diff.IgnoredField;
import dev.akconf.kinds.Kind;
import dev.akconf.kinds.ResourceKey;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * The plan for one declared resource.
 *
 * <p>Invariants: a {@code create} has no live id nor fingerprint; {@code update} has at least one
 * change; {@code no-op} has none; {@code delete} has no desired body.
 *
 * @param key             kind and natural key
 * @param action          what apply will do
 * @param id              the live pk/uuid, or null when the object does not exist
 * @param changes         field-level differences (for a create: every declared field)
 * @param liveFingerprint sha256 of the live object's writable fields, for apply's staleness check
 * @param desired         the declared fields in API form (pks resolved), what apply sends; null for delete
 *                        (the record keeps its own copy and hands out copies)
 * @param source          where the resource is declared, {@code FILE:LINE:COLUMN}
 * @param secrets         pointers into {@code desired} of secret values, to their {@code ${VAR}} text:
 *                        a saved plan keeps the text, never the value
 * @param ignored         differences the resource's {@code akconf.io/ignore} takes out (not counted, not written)
 */
public record ResourceChange(ResourceKey key, Action action, String id, List<FieldChange> changes,
                             String liveFingerprint, ObjectNode desired, String source, Map<String, String> secrets,
                             List<IgnoredField> ignored) {

    public ResourceChange {
        // A copy in and a copy out: the plan is a value, whatever its readers do to what they get.
        desired = desired == null ? null : desired.deepCopy();
        changes = List.copyOf(changes);
        secrets = Map.copyOf(secrets);
        ignored = List.copyOf(ignored);
        if (action == Action.UPDATE && changes.isEmpty()) {
            throw new IllegalArgumentException("an update needs at least one change: " + key);
        }
        if (action == Action.NO_OP && !changes.isEmpty()) {
            throw new IllegalArgumentException("a no-op has no changes: " + key);
        }
        if (action == Action.CREATE && id != null) {
            throw new IllegalArgumentException("a create has no live id: " + key);
        }
    }

    /** A resource change without ignored differences. */
    public ResourceChange(ResourceKey key, Action action, String id, List<FieldChange> changes,
                          String liveFingerprint, ObjectNode desired, String source, Map<String, String> secrets) {
        this(key, action, id, changes, liveFingerprint, desired, source, secrets, List.of());
    }

    /** This change with another desired body (e.g. with its secrets substituted). */
    public ResourceChange withDesired(ObjectNode body) {
        return new ResourceChange(key, action, id, changes, liveFingerprint, body, source, secrets, ignored);
    }

    /** A copy of the desired body: change it freely, the plan keeps its own. */
    @Override
    public ObjectNode desired() {
        return desired == null ? null : desired.deepCopy();
    }

    public Kind kind() {
        return key.kind();
    }

    /**
     * Whether {@code f}, one of this resource's changes, can widen access (model/KindDefaults marks the
     * field). Only an update's: every field of a create is new, and a delete has none.
     */
    public boolean security(FieldChange f) {
        return action == Action.UPDATE && dev.akconf.kinds.KindDefaults.security(kind(), f.path());
    }

    /** How many of the changes can widen access. */
    public long securityChanges() {
        return changes.stream().filter(this::security).count();
    }
}
