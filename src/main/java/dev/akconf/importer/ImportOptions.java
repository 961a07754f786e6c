package dev.akconf.importer;

import dev.akconf.kinds.Kind;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * How import writes fields.
 *
 * @param full      write every writable field, not only those that differ from Authentik's defaults
 * @param sensitive per kind, the fields whose values are never written (a {@code ${VAR}} stands in)
 */
public record ImportOptions(boolean full, Map<Kind, Set<String>> sensitive) {

    public ImportOptions {
        sensitive = Map.copyOf(sensitive);
    }

    /** The sensitive fields are those the kinds' descriptors declare. */
    public static ImportOptions of(boolean full) {
        Map<Kind, Set<String>> sensitive = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            sensitive.put(kind, kind.spec().sensitive());
        }
        return new ImportOptions(full, sensitive);
    }

    Set<String> sensitive(Kind kind) {
        return sensitive.getOrDefault(kind, Set.of());
    }
}
