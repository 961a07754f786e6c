package dev.akconf.kinds;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The keys akconf's schema accepts for a {@link KeyedField} ({@code $defs/<field>/properties} of the
 * kind's schema, in the schema's order), and for each of its whole keys the keys of that value (an
 * outpost's patch components): read from the schema in the jar at first use, so the schema stays the
 * one list of them. Import writes only these; {@code akconf.io/ignore} may name one of them.
 */
public final class KeyedFieldKeys {

    private static final Map<String, List<String>> CACHE = new ConcurrentHashMap<>();

    private KeyedFieldKeys() {
    }

    /** The keys of {@code kind}'s keyed {@code field}, in the schema's order. */
    public static List<String> keys(Kind kind, String field) {
        return CACHE.computeIfAbsent(kind.schemaFile() + "#" + field,
                k -> SchemaKeys.names(SchemaKeys.at(kind.schemaFile(), "/$defs/" + field + "/properties")));
    }

    /** The keys the value of {@code key} (one of {@code field}'s whole keys) may hold, in the schema's order. */
    public static List<String> nested(Kind kind, String field, String key) {
        return CACHE.computeIfAbsent(kind.schemaFile() + "#" + field + "/" + key, k -> SchemaKeys.names(SchemaKeys.at(kind.schemaFile(),
                "/$defs/" + field + "/properties/" + dev.akconf.model.Paths.escape(key) + "/properties")));
    }

    /** One key as messages call it, with its article: "an outpost config key". */
    public static String keyNoun(Kind kind, String field) {
        String noun = kind.label().toLowerCase(Locale.ROOT) + " " + field + " key";
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }
}
