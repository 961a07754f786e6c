package dev.akconf.diff;

import dev.akconf.model.Durations;
import dev.akconf.model.KindSpec;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Whether a declared value and a live value mean the same thing to Authentik. These are the
 * normalizers that keep a plan free of false differences: durations by length, set-valued lists
 * as sets, multi-line text regardless of a final newline.
 */
final class FieldSemantics {

    private FieldSemantics() {
    }

    static boolean same(KindSpec spec, String field, JsonNode desired, JsonNode live, Set<String> ignoredPks) {
        if (spec.durations().contains(field)) {
            return sameDuration(desired, live);
        }
        if (spec.texts().contains(field) && desired.isString() && live != null && live.isString()) {
            return stripFinalNewline(desired.asString()).equals(stripFinalNewline(live.asString()));
        }
        if (spec.sets().contains(field) && desired.isArray() && live != null && live.isArray()) {
            return asSet(desired, ignoredPks).equals(asSet(live, ignoredPks)) && !containsPending(desired);
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

    private static String stripFinalNewline(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    private static Set<String> asSet(JsonNode list, Set<String> ignored) {
        Set<String> out = new HashSet<>();
        for (JsonNode item : list) {
            String key = item.isObject() ? item.toString() : item.asString();
            if (!ignored.contains(key)) {
                out.add(key);
            }
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
