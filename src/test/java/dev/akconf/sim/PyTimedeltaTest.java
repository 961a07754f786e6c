package dev.akconf.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The simulator's duration parser against what CPython 3.11 answers for
 * {@code timedelta_from_string} (authentik/lib/utils/time.py at 2026.2.2): each expected value was
 * obtained by running that function (microseconds of the timedelta, ValueError, OverflowError).
 */
class PyTimedeltaTest {

    @ParameterizedTest(name = "{0} = {1} us")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "hours=1|3600000000",
        "minutes=5|300000000",
        "hours=168|604800000000",
        "days=30|2592000000000",
        "hours=3;minutes=1|10860000000",
        // keys are lower()-ed ...
        "HOURS=2|7200000000",
        "Hours=1|3600000000",
        // ... values are strip()-ed
        "'hours= 2 '|7200000000",
        "'hours=2\t'|7200000000",
        // an unknown key is skipped when a known one is there
        "foo=1;hours=2|7200000000",
        // a repeated key: the last one wins
        "hours=1;hours=3|10800000000",
        "hours=1.5|5400000000",
        "hours=.5|1800000000",
        "hours=1.|3600000000",
        "hours=-1|-3600000000",
        "hours=+1|3600000000",
        "hours=1e2|360000000000",
        "hours=1E-2|36000000",
        "hours=1_000|3600000000000",
        "days=999999999|86399999913600000000",
        // rounded half to even
        "microseconds=0.5|0",
        "microseconds=1.5|2",
        "milliseconds=1|1000",
        "seconds=0|0",
        "seconds=86399.9999995|86399999999",
        // float() takes any Unicode decimal digit (ARABIC-INDIC DIGIT ONE)
        "hours=\u0661|3600000000",
    })
    void acceptsWhatPythonAccepts(String expr, String microseconds) {
        PyTimedelta.Parsed p = assertInstanceOf(PyTimedelta.Parsed.class, PyTimedelta.parse(expr));
        assertEquals(new BigInteger(microseconds), p.microseconds());
    }

    @ParameterizedTest(name = "''{0}'' is a ValueError")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        // keys are not stripped
        "' hours=1'",
        "'hours =1'",
        // a trailing, leading or doubled ; leaves an empty pair, which has no =
        "hours=1;",
        ";hours=1",
        "hours=1;;minutes=2",
        "hours",
        "hours=",
        "hours=1=2",
        "hours=abc",
        "hours=1;foo",
        "foo=1",
        "years=1",
        "hours=1__0",
        "hours=_1",
        "hours=0x10",
        "hours=1 1",
        "hours=1,5",
        // int(nan) raises ValueError, caught by the validator
        "hours=nan",
    })
    void refusesWhatPythonRefuses(String expr) {
        assertInstanceOf(PyTimedelta.Invalid.class, PyTimedelta.parse(expr));
    }

    @ParameterizedTest(name = "''{0}'' is an OverflowError (a 500)")
    @CsvSource({"hours=inf", "hours=-inf", "hours=Infinity", "days=1000000000", "days=-1000000000", "weeks=1e300"})
    void overflowsWherePythonOverflows(String expr) {
        assertInstanceOf(PyTimedelta.Overflow.class, PyTimedelta.parse(expr));
    }

    @ParameterizedTest
    @CsvSource({"minutes=5,300", "seconds=1.9,1", "seconds=-1.9,-1", "hours=1;seconds=0.5,3600"})
    void wholeSecondsTruncateLikeInt(String expr, long seconds) {
        // int(td.total_seconds()) truncates toward zero (get_refresh_interval_s).
        assertEquals(seconds, ((PyTimedelta.Parsed) PyTimedelta.parse(expr)).wholeSeconds());
    }

    @org.junit.jupiter.api.Test
    void messageIsTheValidators() {
        assertEquals("hours=1; is not in the correct format of 'hours=3;minutes=1'.", PyTimedelta.message("hours=1;"));
    }
}
