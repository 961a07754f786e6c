package dev.akconf.model;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Authentik's duration strings ({@code hours=1;minutes=30}), parsed two ways.
 *
 * <p>{@link #parseAuthentik} mirrors the server's {@code timedelta_from_string} exactly (authentik/lib/utils/time.py):
 * keys are lower-cased but not stripped, unknown keys are silently ignored, values are Python floats. It reads
 * live values for comparison.
 *
 * <p>{@link #parseStrict} is what akconf accepts in configuration: the same grammar minus everything Authentik
 * would silently ignore or misread, so {@code "hours=1; minutes=2"} (which Authentik reads as one hour) is an
 * error rather than a surprise.
 */
public final class Durations {

    /** Python timedelta keyword arguments, with their length in seconds. */
    public static final List<String> UNITS = List.of("microseconds", "milliseconds", "seconds", "minutes", "hours", "days", "weeks");
    private static final List<BigDecimal> SECONDS = List.of(
            new BigDecimal("0.000001"), new BigDecimal("0.001"), BigDecimal.ONE, BigDecimal.valueOf(60),
            BigDecimal.valueOf(3600), BigDecimal.valueOf(86400), BigDecimal.valueOf(604800));

    /** 1,000,000,000 days: timedelta.max is 999,999,999 days and a bit less than one more. */
    private static final BigDecimal MAX_SECONDS = BigDecimal.valueOf(86_400L * 1_000_000_000L);

    private Durations() {
    }

    /** Total seconds as Authentik computes them, or empty where Authentik answers 400. */
    public static Optional<BigDecimal> parseAuthentik(String expr) {
        if (expr == null) {
            return Optional.empty();
        }
        BigDecimal total = BigDecimal.ZERO;
        boolean any = false;
        java.util.Map<String, BigDecimal> byKey = new java.util.HashMap<>();
        for (String pair : expr.split(";", -1)) {
            String[] kv = pair.split("=", -1);
            if (kv.length != 2) {
                return Optional.empty();
            }
            String key = kv[0].toLowerCase(Locale.ROOT);
            int unit = UNITS.indexOf(key);
            if (unit < 0) {
                continue;
            }
            Optional<BigDecimal> value = pythonFloat(kv[1].strip());
            if (value.isEmpty()) {
                return Optional.empty();
            }
            byKey.put(key, value.get().multiply(SECONDS.get(unit))); // duplicate keys: the last one wins
            any = true;
        }
        if (!any) {
            return Optional.empty();
        }
        for (BigDecimal v : byKey.values()) {
            total = total.add(v);
        }
        if (total.abs().compareTo(MAX_SECONDS) >= 0) {
            // datetime.timedelta holds at most 999,999,999 days: beyond, an OverflowError and a 500.
            return Optional.empty();
        }
        return Optional.of(total.stripTrailingZeros());
    }

    /** Total seconds if {@code expr} is a duration akconf accepts in configuration. */
    public static Optional<BigDecimal> parseStrict(String expr) {
        return explain(expr).isPresent() ? Optional.empty() : parseAuthentik(expr);
    }

    /** Why {@code expr} is not an acceptable duration, or empty when it is. */
    public static Optional<String> explain(String expr) {
        if (expr == null || expr.isEmpty()) {
            return Optional.of("a duration cannot be empty; write e.g. hours=24");
        }
        if (expr.chars().anyMatch(Character::isWhitespace)) {
            return Optional.of("\"" + expr + "\" contains spaces; write unit=number pairs joined by ';' with no spaces"
                    + authentikReading(expr));
        }
        if (expr.endsWith(";")) {
            return Optional.of("\"" + expr + "\" ends with ';', which Authentik rejects");
        }
        Set<String> seen = new HashSet<>();
        for (String pair : expr.split(";", -1)) {
            String[] kv = pair.split("=", -1);
            if (kv.length != 2 || kv[0].isEmpty()) {
                return Optional.of("\"" + pair + "\" in \"" + expr + "\" is not a unit=number pair (e.g. hours=24)");
            }
            String unit = kv[0].toLowerCase(Locale.ROOT);
            if (!UNITS.contains(unit)) {
                return Optional.of("unknown unit \"" + kv[0] + "\" in \"" + expr + "\"" + Suggest.didYouMean(unit, UNITS)
                        + "; Authentik silently ignores unknown units" + authentikReading(expr) + "; units: " + String.join(", ", UNITS));
            }
            if (!seen.add(unit)) {
                return Optional.of("unit " + unit + " appears twice in \"" + expr + "\"; Authentik keeps only the last");
            }
            if (!kv[1].matches("[0-9]+(\\.[0-9]*)?|\\.[0-9]+")) {
                return Optional.of("\"" + kv[1] + "\" in \"" + expr + "\" is not a non-negative number");
            }
        }
        if (parseAuthentik(expr).isEmpty()) {
            // Well-formed, so only too long: timedelta's OverflowError escapes Authentik's validator.
            return Optional.of("\"" + expr + "\" is longer than a Python timedelta holds (999999999 days); "
                    + "Authentik would fail with a 500 (authentik/lib/utils/time.py)");
        }
        return Optional.empty();
    }

    private static String authentikReading(String expr) {
        return parseAuthentik(expr).map(s -> " (Authentik would read it as " + humanize(s) + ")").orElse("");
    }

    /** A short human form in the unit people use for it: {@code 24 h}, {@code 41 h}, {@code 7 d}, {@code 4 w}, {@code 90 s}. */
    public static String humanize(BigDecimal seconds) {
        BigDecimal s = seconds.stripTrailingZeros();
        if (exact(s, 604800) && s.compareTo(BigDecimal.valueOf(4 * 604800)) >= 0) {
            return s.divide(BigDecimal.valueOf(604800)).toPlainString() + " w";
        }
        if (exact(s, 86400) && s.compareTo(BigDecimal.valueOf(2 * 86400)) > 0) {
            return s.divide(BigDecimal.valueOf(86400)).toPlainString() + " d";
        }
        if (exact(s, 3600)) {
            return s.divide(BigDecimal.valueOf(3600)).toPlainString() + " h";
        }
        if (exact(s, 60)) {
            return s.divide(BigDecimal.valueOf(60)).toPlainString() + " min";
        }
        return s.toPlainString() + " s";
    }

    private static boolean exact(BigDecimal s, long unit) {
        return s.signum() > 0 && s.remainder(BigDecimal.valueOf(unit)).signum() == 0;
    }

    private static Optional<BigDecimal> pythonFloat(String text) {
        // Python's float() also takes '1_000', 'inf' and 'nan'; none is a sensible duration, and
        // infinity makes Authentik fail with a 500, so treating them as invalid is the safe reading.
        if (text.matches("(?s).*(?:^|[^0-9])_.*|.*_(?:[^0-9]|$).*")) {
            return Optional.empty(); // float() takes one underscore between two digits only ("1__0" is a ValueError)
        }
        try {
            return Optional.of(new BigDecimal(text.replace("_", "")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
