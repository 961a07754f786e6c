package dev.akconf.importer;

import dev.akconf.diff.JsonEquality;
import dev.akconf.model.Durations;
import java.math.BigDecimal;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Durations as import writes them. Authentik stores whatever it was sent, including text akconf
 * refuses because Authentik misreads it ({@code hours=1; minutes=2} is one hour there), so such a
 * value is rewritten as the duration Authentik actually uses, which plan then finds equal.
 */
public final class DurationText {

    private static final String[] UNITS = {"weeks", "days", "hours", "minutes", "seconds"};
    private static final long[] SECONDS = {604800, 86400, 3600, 60, 1};

    private DurationText() {
    }

    /** Whether two duration values mean the same length, as plan compares them. */
    static boolean same(JsonNode a, JsonNode b) {
        if (a != null && b != null && a.isString() && b.isString()) {
            Optional<BigDecimal> x = Durations.parseAuthentik(a.asString());
            Optional<BigDecimal> y = Durations.parseAuthentik(b.asString());
            if (x.isPresent() && y.isPresent()) {
                return x.get().compareTo(y.get()) == 0;
            }
        }
        return JsonEquality.equal(a, b);
    }

    /**
     * {@code live} when akconf accepts it; else the same length in akconf's grammar; empty when
     * there is none (Authentik would refuse the value, or it is negative).
     */
    public static Optional<String> acceptable(String live) {
        if (Durations.explain(live).isEmpty()) {
            return Optional.of(live);
        }
        Optional<BigDecimal> seconds = Durations.parseAuthentik(live);
        if (seconds.isEmpty() || seconds.get().signum() < 0) {
            return Optional.empty();
        }
        String text = canonical(seconds.get());
        return Durations.explain(text).isEmpty() ? Optional.of(text) : Optional.empty();
    }

    /** The largest unit that divides the length exactly, e.g. 604800 → weeks=1, 5400 → minutes=90. */
    static String canonical(BigDecimal seconds) {
        if (seconds.signum() == 0) {
            return "seconds=0";
        }
        for (int i = 0; i < UNITS.length; i++) {
            BigDecimal[] qr = seconds.divideAndRemainder(BigDecimal.valueOf(SECONDS[i]));
            if (qr[1].signum() == 0) {
                return UNITS[i] + "=" + qr[0].toBigInteger();
            }
        }
        return "seconds=" + seconds.stripTrailingZeros().toPlainString();
    }
}
