package dev.akconf.kinds;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A spec field holding a mapping that Authentik stores, defaults and reads key by key (an outpost's
 * {@code config}): which keys akconf knows, which hold durations, which are mappings of known keys
 * themselves, and where Authentik serves the value of a key nobody set. Import writes only known
 * keys that differ from those defaults; {@code akconf.io/ignore} may name one key; refresh keeps a
 * duration key's unit.
 *
 * @param field        the spec field, e.g. {@code config}
 * @param keyNoun      one key as messages call it, with its article ("an outpost config key")
 * @param keys         the keys the kind's schema accepts, in the schema's order
 * @param durations    keys holding duration strings, compared by length
 * @param nested       keys whose value is itself a mapping of known keys, with those keys in the schema's order
 * @param defaultsPath the GET endpoint whose answer holds, under {@code field}, the value of each key nobody set; empty when none
 */
public record KeyedField(String field, String keyNoun, List<String> keys, Set<String> durations,
                         Map<String, List<String>> nested, Optional<String> defaultsPath) {

    public KeyedField {
        keys = List.copyOf(keys);
        durations = Set.copyOf(durations);
        nested = Map.copyOf(nested);
    }

    /** Whether {@code key} (a key of the field, e.g. {@code refresh_interval}) holds a duration. */
    public boolean isDuration(String key) {
        return durations.contains(key);
    }

    /** The keys of the field, each nested key's keys, read from the kind's schema ({@code $defs/<field>}). */
    static KeyedField fromSchema(Kind kind, String field, String keyNoun, Set<String> durations, Set<String> nested,
                                 String defaultsPath) {
        var properties = SchemaKeys.at(kind.schemaFile(), "/$defs/" + field + "/properties");
        Map<String, List<String>> inner = new java.util.HashMap<>();
        nested.forEach(k -> inner.put(k, SchemaKeys.names(properties.path(k).path("properties"))));
        return new KeyedField(field, keyNoun, SchemaKeys.names(properties), durations, inner, Optional.ofNullable(defaultsPath));
    }
}
