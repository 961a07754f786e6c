package dev.akconf.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.akconf.model.Durations;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * akconf's own reading of Authentik durations ({@code model.Durations.parseAuthentik}) against the
 * simulator's independent one ({@link PyTimedelta}, written from authentik/lib/utils/time.py): where
 * they disagree, akconf would misjudge what Authentik stores or refuses.
 */
class DurationsAgreeWithTheSimulatorTest {

    @ParameterizedTest
    @ValueSource(strings = {"hours=1", "HOURS=2", "hours= 2 ", " hours=1", "hours =1", "hours=1;", ";hours=1", "hours",
        "hours=1=2", "foo=1", "foo=1;hours=2", "hours=1;hours=3", "hours=1.5", "hours=.5", "hours=1.", "hours=-1",
        "hours=+1", "hours=1e2", "hours=1_000", "hours=1__0", "hours=_1", "hours=1_", "hours=inf", "hours=nan",
        "days=999999999", "days=1000000000", "weeks=1e300", "hours=1; minutes=30", "minutes=5", "days=30", "weeks=2"})
    void bothReadTheSameSecondsOrBothRefuse(String expr) {
        PyTimedelta.Result sim = PyTimedelta.parse(expr);
        String expected = sim instanceof PyTimedelta.Parsed p
                ? new BigDecimal(p.microseconds()).movePointLeft(6).stripTrailingZeros().toPlainString() : "refused";
        String actual = Durations.parseAuthentik(expr).map(BigDecimal::toPlainString).orElse("refused");
        assertEquals(expected, actual, expr);
    }
}
