package dev.akconf.sim;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The simulator's own reading of Authentik's duration strings, written from
 * {@code authentik/lib/utils/time.py} (2026.2.2) {@code timedelta_from_string} and
 * {@code timedelta_string_validator}, deliberately independent of akconf's {@code model.Durations}
 * so that the simulator can catch a bug there.
 *
 * <p>What Python does, step by step: {@code expr.split(";")} (so a trailing or doubled {@code ;}
 * leaves an empty pair), {@code key, value = pair.split("=")} (a pair without exactly one {@code =}
 * is a ValueError), keys compared after {@code lower()} but not stripped ({@code " hours=1"} has
 * the unknown key {@code " hours"}), unknown keys silently skipped, {@code float(value.strip())},
 * a repeated key keeps the last value, no known key at all is a ValueError, then
 * {@code datetime.timedelta(**kwargs)}. The validator turns a ValueError into the 400 text; an
 * OverflowError (infinity, more than 999,999,999 days) is not caught and becomes a 500.
 */
final class PyTimedelta {

    /** What {@code timedelta_from_string} ends with. */
    sealed interface Result permits Parsed, Invalid, Overflow {
    }

    /** A timedelta, as its exact number of microseconds. */
    record Parsed(BigInteger microseconds) implements Result {
        /** {@code int(td.total_seconds())}: truncated toward zero. */
        long wholeSeconds() {
            return microseconds.divide(BigInteger.valueOf(1_000_000)).longValue();
        }
    }

    /** A ValueError: timedelta_string_validator's "... is not in the correct format ..." 400. */
    record Invalid(String why) implements Result {
    }

    /** An OverflowError, which no validator catches: the server answers 500. */
    record Overflow(String why) implements Result {
    }

    /** ALLOWED_KEYS with each unit's length in microseconds. */
    private static final Map<String, Long> UNITS = new LinkedHashMap<>();

    static {
        UNITS.put("microseconds", 1L);
        UNITS.put("milliseconds", 1_000L);
        UNITS.put("seconds", 1_000_000L);
        UNITS.put("minutes", 60_000_000L);
        UNITS.put("hours", 3_600_000_000L);
        UNITS.put("days", 86_400_000_000L);
        UNITS.put("weeks", 604_800_000_000L);
    }

    private static final BigInteger DAY_US = BigInteger.valueOf(86_400_000_000L);
    /** datetime.timedelta.max.days. */
    private static final BigInteger MAX_DAYS = BigInteger.valueOf(999_999_999L);
    /**
     * Python's float() literal after strip(): sign, digits (any Unicode decimal digit) with single
     * underscores between them, optional fraction and exponent; or inf/infinity/nan in any case.
     */
    private static final Pattern FLOAT = Pattern.compile(
            "[+-]?(?:(?:\\p{Nd}(?:_?\\p{Nd})*)?\\.\\p{Nd}(?:_?\\p{Nd})*|\\p{Nd}(?:_?\\p{Nd})*\\.?)"
                    + "(?:[eE][+-]?\\p{Nd}(?:_?\\p{Nd})*)?");
    private static final Pattern SPECIAL = Pattern.compile("[+-]?(?i:inf|infinity|nan)");

    /** The validator's message (timedelta_string_validator), for a 400 on the field. */
    static String message(String value) {
        return value + " is not in the correct format of 'hours=3;minutes=1'.";
    }

    private PyTimedelta() {
    }

    static Result parse(String expr) {
        Map<String, Double> kwargs = new LinkedHashMap<>();
        // split(";") with limit -1 keeps trailing empty strings, as Python's str.split does.
        for (String pair : expr.split(";", -1)) {
            String[] kv = pair.split("=", -1);
            if (kv.length != 2) {
                return new Invalid((kv.length < 2 ? "not enough" : "too many") + " values to unpack");
            }
            String key = kv[0].toLowerCase(Locale.ROOT);
            if (!UNITS.containsKey(key)) {
                continue;
            }
            Double value = pyFloat(pyStrip(kv[1]));
            if (value == null) {
                return new Invalid("could not convert string to float: '" + kv[1].strip() + "'");
            }
            kwargs.put(key, value);
        }
        if (kwargs.isEmpty()) {
            return new Invalid("No valid keys to pass to timedelta");
        }
        return timedelta(kwargs);
    }

    /** {@code timedelta(**kwargs)}: the exact sum, rounded half-even to whole microseconds. */
    private static Result timedelta(Map<String, Double> kwargs) {
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, Double> e : kwargs.entrySet()) {
            double v = e.getValue();
            if (Double.isNaN(v)) {
                // int(nan) raises ValueError, which the validator does catch.
                return new Invalid("cannot convert float NaN to integer");
            }
            if (Double.isInfinite(v)) {
                return new Overflow("cannot convert float infinity to integer");
            }
            total = total.add(new BigDecimal(v).multiply(BigDecimal.valueOf(UNITS.get(e.getKey()))));
        }
        // Python's constructor works in float pieces per unit; for the values people write
        // (and the demo's) this exact sum gives the same microseconds. Sub-microsecond ties
        // of sums of several fractional units may round differently.
        BigInteger us = total.setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact();
        BigInteger days = floorDiv(us, DAY_US);
        if (days.abs().compareTo(MAX_DAYS) > 0) {
            return new Overflow("days=" + days + "; must have magnitude <= 999999999");
        }
        return new Parsed(us);
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    /** {@code float(text)} for an already stripped text, or null for a ValueError. */
    static Double pyFloat(String text) {
        if (SPECIAL.matcher(text).matches()) {
            String t = text.toLowerCase(Locale.ROOT);
            boolean negative = t.startsWith("-");
            return t.endsWith("nan") ? Double.NaN : negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (!FLOAT.matcher(text).matches()) {
            return null;
        }
        StringBuilder ascii = new StringBuilder();
        text.codePoints().filter(c -> c != '_').forEach(c -> {
            int d = Character.isDigit(c) ? Character.digit(c, 10) : -1;
            ascii.append(d >= 0 ? (char) ('0' + d) : (char) c);
        });
        // Java's parser, like Python's, rounds the decimal literal to the nearest double.
        return Double.parseDouble(ascii.toString());
    }

    /** {@code str.strip()}: removes Unicode whitespace (str.isspace) at both ends. */
    static String pyStrip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isPySpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isPySpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isPySpace(char c) {
        // str.isspace: Unicode White_Space plus the ASCII separators \x1c-\x1f.
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || List.of('\u0085', '\u00a0').contains(c);
    }
}
