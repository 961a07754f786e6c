package dev.akconf.kinds;

import dev.akconf.model.FieldRule;
import dev.akconf.model.RefTarget;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Everything akconf knows of one kind that generic stages cannot read off its {@link KindSpec}: the
 * one place a kind's quirks live. Every method has the generic behaviour as its default, so a kind
 * without quirks is a descriptor, a defaults table and nothing else ({@link GenericAdapter}).
 */
public interface KindAdapter {

    /** What generic code reads, compares and writes: endpoints, writable fields, references, sets, durations. */
    KindSpec spec();

    /**
     * Authentik 2026.2.2's meaning of every writable spec field a document leaves out, in the API's
     * field order (see {@link KindDefaults}); each adapter cites the model it read them from.
     */
    List<FieldRule> defaults();

    // ---- pairing and identity (diff.Pairing, live.LiveIndex, apply's lookups and answer checks) ----

    /**
     * The key a live object, or a resolved desired body, is paired on: the text of the kind's live
     * identity field (its name or slug); null when it has none.
     */
    default String identity(JsonNode object) {
        String field = spec().liveIdentity();
        return field == null ? null : object.path(field).asString(null);
    }

    /**
     * Whether a declaration's identity is made of references (a binding's target and subject), so it is
     * paired only once they resolve to pks, on {@link #identity} of its resolved body; otherwise on its
     * YAML identity, before resolving, so references to what the plan creates can wait for their pks.
     */
    default boolean pairsAfterResolving() {
        return false;
    }

    /**
     * The declared identity a live object answers to whatever its current name, ahead of the object of
     * that name (the embedded outpost, found by its {@code managed} marker); empty for most objects.
     */
    default Optional<String> markedIdentity(JsonNode live) {
        return Optional.empty();
    }

    /**
     * Where a field's declared value stands in a document: {@code /spec/<field>}, except for identity
     * keys written beside spec (a binding's {@code /target/application}, {@code /group}); those are
     * fields of the API body all the same, resolved like any reference.
     */
    default String declaredPointer(String field) {
        return "/spec/" + field;
    }

    // ---- plan (plan.Planner, plan.Unmanageds) ----

    /** Errors plan reports for a declaration of {@code key}, paired with {@code match} or with nothing. */
    default List<KindProblem> planProblems(ResourceKey key, Optional<ObjectNode> match) {
        return List.of();
    }

    /**
     * The part of Authentik a declaration (its resolved body) or a live object belongs to, for the
     * unmanaged report: a live object is reported only when a declaration of its kind claims its part,
     * never when this is null. Default: one part, the whole kind.
     */
    default String unmanagedScope(JsonNode body) {
        return "";
    }

    /** How the unmanaged report names a live object: its live identity. */
    default String displayName(JsonNode live, RefLookup refs) {
        return live.path(spec().liveIdentity()).asString();
    }

    // ---- comparison (diff.Differ, diff.WriteVerifier, live.LiveReader) ----

    /** How this kind's fields are normalized before plan and verify compare and show them (none by default). */
    default FieldNormalizer normalizer(RefLookup refs) {
        return FieldNormalizer.NONE;
    }

    /**
     * The reference tables {@link #normalizer} reads whether or not a declared value points into them,
     * each with the narrowest list query that answers it (apply's verify reads that; plan reads the
     * whole table, which also names what it shows).
     */
    default Map<RefTarget, Map<String, List<String>>> normalizerTables() {
        return Map.of();
    }

    /** Fields compared key by key and written merged (see {@link KeyedField}), by name. */
    default Map<String, KeyedField> keyedFields() {
        return Map.of();
    }

    // ---- writes (apply) ----

    /**
     * Adds to a PATCH body what Authentik's validation needs beside the changed fields, from the
     * resolved {@code desired} body or else the {@code live} object read before writing. None by default.
     */
    default void patchCompanions(ObjectNode body, ObjectNode desired, ObjectNode live) {
    }

    /** The list query that finds the object a lost POST of {@code body} may have created: by identity filter. */
    default Map<String, List<String>> createdQuery(String identity, JsonNode body) {
        return Map.of(spec().identityFilter(), List.of(identity));
    }

    /**
     * Fields naming other objects of this kind (a group's parents): apply writes such a kind's level
     * one at a time, the named objects first, and keeps its renames in that level. Empty by default:
     * a level's writes run concurrently.
     */
    default Set<String> parentFields() {
        return Set.of();
    }

    /**
     * Whether this kind's list holds only part of {@link #servesTarget()} (proxy providers among all
     * providers): the target's own list is then read only for names neither declared nor found in it.
     */
    default boolean servesTargetPartly() {
        return false;
    }

    /**
     * The reference target whose live table this kind's list doubles as (a provider reference finds a
     * declared proxy provider, a policy reference a declared policy); empty when nothing references it.
     */
    default Optional<RefTarget> servesTarget() {
        return Optional.empty();
    }
}
