package dev.akconf.kinds;

import dev.akconf.model.FieldRule;
import dev.akconf.model.RefTarget;
import java.util.List;
import java.util.Optional;

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

    /**
     * The reference target whose live table this kind's list doubles as (a provider reference finds a
     * declared proxy provider, a policy reference a declared policy); empty when nothing references it.
     */
    default Optional<RefTarget> servesTarget() {
        return Optional.empty();
    }
}
