package dev.akconf.diff;

import dev.akconf.model.Durations;
import dev.akconf.kinds.KindSpec;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Whether a declared value and a live value mean the same thing to Authentik. These are the
 * normalizers that keep a plan free of false differences: durations by length, set-valued lists
 * as sets, text regardless of surrounding whitespace. A kind's own normalizer
 * ({@code KindAdapter.normalizer}) has run on both values before.
 */
final class FieldSemantics {

    private FieldSemantics() {
    }

    static boolean same(KindSpec spec, String field, JsonNode desired, JsonNode live) {
        if (spec.durations().contains(field)) {
            return sameDuration(desired, live);
        }
        if (desired.isString() && live != null && live.isString()) {
            // DRF's CharField trims leading and trailing whitespace on every write (trim_whitespace
            // defaults to True), so the final newline of a YAML "|" block never reaches Authentik.
            return desired.asString().strip().equals(live.asString().strip());
        }
        if (spec.sets().contains(field) && desired.isArray() && live != null && live.isArray()) {
            return asSet(desired).equals(asSet(live)) && !containsPending(desired);
        }
        return JsonEquality.equal(desired, live);
    }

    /** {@code hours=168}, {@code days=7} and {@code weeks=1} are one duration. */
    static boolean sameDuration(JsonNode desired, JsonNode live) {
        if (desired == null || live == null || !desired.isString() || !live.isString()) {
            return JsonEquality.equal(desired, live);
        }
        Optional<BigDecimal> a = Durations.parseAuthentik(desired.asString());
        Optional<BigDecimal> b = Durations.parseAuthentik(live.asString());
        if (a.isEmpty() || b.isEmpty()) {
            return desired.asString().equals(live.asString());
        }
        return a.get().compareTo(b.get()) == 0;
    }

    private static Set<String> asSet(JsonNode list) {
        Set<String> out = new HashSet<>();
        for (JsonNode item : list) {
            out.add(item.isObject() ? item.toString() : item.asString());
        }
        return out;
    }

    private static boolean containsPending(JsonNode list) {
        for (JsonNode item : list) {
            if (PendingRef.is(item)) {
                return true;
            }
        }
        return false;
    }
}
