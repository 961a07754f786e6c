package dev.akconf.importer;

import dev.akconf.kinds.Kind;
import dev.akconf.kinds.ResourceKey;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * One resource as import writes it, in YAML space (names, not pks; {@code ${} escaped).
 *
 * @param kind      the kind
 * @param identity  the name or slug (for a binding: {@code application:x group:y})
 * @param keys      the top-level identity keys as YAML writes them ({@code name: x}, or a binding's
 *                  {@code target: {application: x}} and subject)
 * @param spec      the fields, in the kind's writable order
 * @param comments  comment lines written above a spec field, by field
 * @param notes     comment lines written above the document
 * @param suppress  guardrail rules suppressed with a reason ({@code akconf.io/suppress}), rule id to reason
 */
public record ImportedDocument(Kind kind, String identity, ObjectNode keys, ObjectNode spec,
                               Map<String, List<String>> comments, List<String> notes, Map<String, String> suppress) {

    public ImportedDocument {
        comments = Map.copyOf(comments);
        notes = List.copyOf(notes);
        suppress = Map.copyOf(suppress);
    }

    /** This document with {@code rule} suppressed for {@code reason}, and a note saying so above it. */
    public ImportedDocument withSuppression(String rule, String reason, String note) {
        Map<String, String> s = new java.util.TreeMap<>(suppress);
        s.put(rule, reason);
        List<String> n = new java.util.ArrayList<>(notes);
        n.add(note);
        return new ImportedDocument(kind, identity, keys, spec, comments, n, s);
    }

    public ResourceKey key() {
        return new ResourceKey(kind, identity);
    }
}
