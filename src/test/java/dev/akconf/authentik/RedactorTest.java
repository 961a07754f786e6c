package dev.akconf.authentik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

class RedactorTest {

    /** 60 characters, as Authentik's generated keys. */
    private static final String TOKEN = "Zq3XvB8nL2mK7pR4tY9wC1dF6gH0jS5aUe8iO3uP7lQ2zM6xN4bV9cW1rT5y";
    private final Redactor redactor = new Redactor(TOKEN);

    @ParameterizedTest(name = "{0} characters")
    @ValueSource(ints = {8, 20, 59, 60})
    void masksAnyRunOfEightOrMore(int length) {
        for (int from = 0; from + length <= TOKEN.length(); from += 7) {
            String fragment = TOKEN.substring(from, from + length);
            String masked = redactor.apply("before " + fragment + " after");
            assertEquals("before *** after", masked, fragment);
        }
    }

    @Test
    void leavesSevenCharactersAndOtherTextAlone() {
        String seven = TOKEN.substring(10, 17);
        assertEquals("x " + seven + " y", redactor.apply("x " + seven + " y"));
        assertEquals("nothing secret here", redactor.apply("nothing secret here"));
    }

    @Test
    void masksEveryOccurrenceAndAdjacentRuns() {
        String text = TOKEN.substring(0, 9) + TOKEN.substring(30, 50) + "-" + TOKEN;
        assertEquals("******-***", redactor.apply(text), "two runs from different parts of the token, each masked");
    }

    @Test
    void masksExtraSecretsAndShortOnesWhole() {
        Redactor r = new Redactor(List.of(TOKEN, "s3cr3t-password-value", "pw12"));
        assertEquals("a *** b *** c ***", r.apply("a s3cr3t-password b pw12 c " + TOKEN.substring(5, 15)));
        assertEquals("on", r.apply("on"));
    }

    @Test
    void theByteScanFindsWhatTheTextMaskingWould() {
        assertTrue(redactor.mayOccurIn(("{\"name\": \"" + TOKEN.substring(40, 48) + "\"}").getBytes(StandardCharsets.UTF_8)));
        assertFalse(redactor.mayOccurIn(("{\"name\": \"" + TOKEN.substring(40, 47) + "\"}").getBytes(StandardCharsets.UTF_8)));
        assertFalse(redactor.mayOccurIn(new byte[0]));
    }

    /** The leak: the body was cut to 120 characters before masking. */
    @ParameterizedTest(name = "token at {0}")
    @ValueSource(ints = {0, 61, 100, 112, 113, 119, 120, 150})
    void quotesMaskBeforeTheyShorten(int at) {
        ErrorMapper m = new ErrorMapper(redactor, JsonMapper.builder().build(), ClientSettings.of("https://h", TOKEN, "1"));
        String quoted = m.quote("x".repeat(at) + TOKEN + "y".repeat(200), 120);
        for (int i = 0; i + 8 <= TOKEN.length(); i++) {
            assertFalse(quoted.contains(TOKEN.substring(i, i + 8)), quoted);
        }
        assertTrue(quoted.length() <= 121, quoted);
    }

    @Test
    void quotesEscapeControlCharacters() {
        ErrorMapper m = new ErrorMapper(redactor, JsonMapper.builder().build(), ClientSettings.of("https://h", TOKEN, "1"));
        assertEquals("a\\x1b[2J b \\x07 c", m.quote("a\u001b[2J\r\nb \u0007 c", 120));
    }
}
