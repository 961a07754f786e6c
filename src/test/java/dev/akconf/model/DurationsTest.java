package dev.akconf.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link Durations#parseAuthentik} reads live values exactly as authentik/lib/utils/time.py does. */
class DurationsTest {

    private static Optional<BigDecimal> seconds(String s) {
        return Durations.parseAuthentik(s);
    }

    @Test
    void equalLengthsAreEqual() {
        assertEquals(0, seconds("hours=168").get().compareTo(seconds("weeks=1").get()));
        assertEquals(0, seconds("days=30").get().compareTo(seconds("hours=720").get()));
        assertEquals(0, seconds("minutes=1.5").get().compareTo(new BigDecimal("90")));
        assertEquals(0, seconds("HOURS=1").get().compareTo(new BigDecimal("3600")), "keys are lower-cased");
    }

    @Test
    void mirrorsAuthentiksQuirks() {
        assertEquals(0, seconds("hours=1; minutes=2").get().compareTo(new BigDecimal("3600")), "' minutes' is an unknown key, ignored");
        assertEquals(0, seconds("hours=1;months=3").get().compareTo(new BigDecimal("3600")), "unknown units are ignored");
        assertEquals(0, seconds("hours=1;hours=2").get().compareTo(new BigDecimal("7200")), "the last duplicate wins");
        assertEquals(0, seconds("hours= 2 ").get().compareTo(new BigDecimal("7200")), "values are stripped");
    }

    @Test
    void rejectsWhatAuthentikRejects() {
        assertTrue(seconds("hours=1;").isEmpty(), "trailing ;");
        assertTrue(seconds("").isEmpty());
        assertTrue(seconds("months=1").isEmpty(), "no valid key left");
        assertTrue(seconds("hours=abc").isEmpty());
        assertTrue(seconds("hours=1=2").isEmpty());
        assertTrue(seconds("hours=1__0").isEmpty(), "float() takes one underscore between digits only");
        assertTrue(seconds("days=1000000000").isEmpty(), "timedelta overflows: a 500");
        assertTrue(Durations.explain("days=1000000000").orElseThrow().contains("999999999 days"));
        assertTrue(Durations.explain("days=999999999").isEmpty());
    }

    @Test
    void humanizes() {
        assertEquals("41 h", Durations.humanize(new BigDecimal(41 * 3600)));
        assertEquals("7 d", Durations.humanize(new BigDecimal(604800)));
        assertEquals("24 h", Durations.humanize(new BigDecimal(86400)));
        assertEquals("30 d", Durations.humanize(new BigDecimal(30 * 86400)));
        assertEquals("4 w", Durations.humanize(new BigDecimal(28 * 86400)));
        assertEquals("90 s", Durations.humanize(new BigDecimal(90)));
    }
}
