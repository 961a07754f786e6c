package dev.akconf.kinds;

import dev.akconf.model.FieldRule;
import dev.akconf.model.RefTarget;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.node.JsonNodeFactory;
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

    /**
     * The reference target whose live table this kind's list doubles as (a provider reference finds a
     * declared proxy provider, a policy reference a declared policy); empty when nothing references it.
     */
    default Optional<RefTarget> servesTarget() {
        return Optional.empty();
    }

    // Hooks of import, config loading, the guardrails and refresh (issue 18). Each default is the
    // generic behaviour; an adapter overrides one only for an Authentik quirk, cited beside it.

    /**
     * The identity a declaration of this live object would have (import names documents and picks
     * {@code --name} by it): by default its {@link KindSpec#liveIdentity()} field.
     */
    default String liveName(ObjectNode object, RefNames refs) {
        return object.path(spec().liveIdentity()).asString();
    }

    /**
     * The top-level identity keys of the document import writes for this live object: by default
     * {@code <identity field>: <liveName>}.
     */
    default ObjectNode identityKeys(ObjectNode object, RefNames refs) {
        return JsonNodeFactory.instance.objectNode().put(spec().kind().identityField(), liveName(object, refs));
    }

    /** Whether a document may declare this live object (import reads only those): by default every one. */
    default boolean declarable(ObjectNode object) {
        return true;
    }

    /**
     * The reference field whose target bounds which live objects of this kind akconf looks at: only
     * those whose field points into that target's table. Empty (the default): every object.
     */
    default Optional<String> scopeField() {
        return Optional.empty();
    }

    /** Lines import writes at the top of this live object's document: by default none. */
    default List<String> importNotes(ObjectNode object) {
        return List.of();
    }

    /**
     * The natural keys of the objects Authentik adds to reference field {@code field} on every write
     * (never a difference, left out of an import): by default none.
     */
    default Set<String> serverAdded(String field) {
        return Set.of();
    }

    /** The spec field holding a mapping Authentik stores and defaults key by key: by default none. */
    default Optional<KeyedField> keyedField() {
        return Optional.empty();
    }

    /** Why a resource of this identity cannot be declared {@code state: absent}; empty (the default) when it can. */
    default Optional<String> undeletable(String identity) {
        return Optional.empty();
    }

    /**
     * Reference fields whose value names an object this configuration is expected to declare: an
     * undeclared one is a warning (plan looks it up in Authentik), one declared {@code state: absent}
     * an error. By default none.
     */
    default Set<String> declaredRefs() {
        return Set.of();
    }

    /**
     * Reference fields whose target at most one object of this kind may name, each with what to
     * write instead, said with the error: by default none.
     */
    default Map<String, String> exclusiveRefs() {
        return Map.of();
    }

    /** When Authentik's outpost controller deploys objects of this kind: what the guardrails read of them. Empty by default. */
    default Optional<ControllerModel> controllerModel() {
        return Optional.empty();
    }

    /** When a field of this kind sets how long the sessions of the outposts serving it live: that field. Empty by default. */
    default Optional<SessionLifetime> sessionLifetime() {
        return Optional.empty();
    }

    /**
     * The reference field naming an object's parents within its own kind: a cycle through it is an
     * error, since no order creates it. Empty by default.
     */
    default Optional<String> ancestryField() {
        return Optional.empty();
    }
}
