package dev.akconf.kinds;

import dev.akconf.model.FieldRule;
import dev.akconf.model.RefField;
import dev.akconf.model.RefTarget;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything generic code needs to read, compare and write one kind: data, not code, so a new kind
 * is mostly a new descriptor (see {@link KindAdapter}).
 *
 * @param kind           the kind
 * @param listPath       the list endpoint, e.g. {@code /providers/proxy/}
 * @param listQuery      extra query parameters for the list (applications need {@code superuser_full_list})
 * @param urlKeyField    the live field that goes in the object's URL ({@code pk} or {@code slug})
 * @param liveIdentity   the live field matching the YAML identity key
 * @param identityFilter the list filter that finds an object by that key (exact or case-insensitive)
 * @param writable       the fields of the API's request model; only these are compared or fingerprinted
 * @param refs           reference fields and their targets
 * @param sets           list fields whose order Authentik does not keep or mean
 * @param durations      duration-string fields, compared by value
 * @param sensitive      fields never shown in any output
 */
public record KindSpec(
        Kind kind,
        String listPath,
        Map<String, List<String>> listQuery,
        String urlKeyField,
        String liveIdentity,
        String identityFilter,
        List<String> writable,
        Map<String, RefField> refs,
        Set<String> sets,
        Set<String> durations,
        Set<String> sensitive) {

    public KindSpec {
        listQuery = Map.copyOf(listQuery);
        writable = List.copyOf(writable);
        refs = Map.copyOf(refs);
        sets = Set.copyOf(sets);
        durations = Set.copyOf(durations);
        sensitive = Set.copyOf(sensitive);
    }

    /** The object's URL path, e.g. {@code /providers/proxy/12/}. */
    public String itemPath(String urlKey) {
        return listPath + urlKey + "/";
    }
}
