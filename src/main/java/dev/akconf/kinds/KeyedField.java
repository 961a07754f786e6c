package dev.akconf.kinds;

import java.util.Set;

/**
 * A field Authentik stores as one dict and replaces whole on every write, but whose keys mean
 * separate settings (the outpost's {@code config}). Generic stages then compare it key by declared
 * key (undeclared keys belong to Authentik), write it as the live dict with the declared keys laid
 * over it (so undeclared keys survive), and create it over the server's defaults.
 *
 * @param defaultsRead a GET whose answer's field of the same name holds the values Authentik reads for
 *                     keys the stored dict lacks (plan compares those with them; a create starts from them);
 *                     null when there is none
 * @param durations    keys holding duration strings, compared by length
 * @param whole        keys holding one value that is compared and written whole although its own keys are
 *                     listed one by one in a plan; {@code {}}, {@code null} and a missing key are the same value
 */
public record KeyedField(String defaultsRead, Set<String> durations, Set<String> whole) {

    public KeyedField {
        durations = Set.copyOf(durations);
        whole = Set.copyOf(whole);
    }
}
