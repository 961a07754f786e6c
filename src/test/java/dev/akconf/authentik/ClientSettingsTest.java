package dev.akconf.authentik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClientSettingsTest {

    @ParameterizedTest
    @CsvSource({
        "https://ak.example.com,                 https://ak.example.com/api/v3",
        "https://ak.example.com/,                https://ak.example.com/api/v3",
        "https://ak.example.com/api/v3,          https://ak.example.com/api/v3",
        "https://ak.example.com/api/v3/,         https://ak.example.com/api/v3",
        "https://ak.example.com/api/v3///,       https://ak.example.com/api/v3",
        "  https://AK.Example.com:443/  ,        https://ak.example.com/api/v3",
        "http://localhost:9000,                  http://localhost:9000/api/v3",
        "https://example.com/authentik/,         https://example.com/authentik/api/v3",
        "https://ak.example.com:8443/api/v3,     https://ak.example.com:8443/api/v3",
    })
    void normalisesBaseUrl(String given, String expected) {
        assertEquals(expected, ClientSettings.normalizeBaseUrl(given));
        assertEquals(expected, ClientSettings.of(given, "t", "1").apiBaseUrl());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ak.example.com", "ftp://ak.example.com", "", "   ", "https://",
        "https://ak.example.com/?x=1"})
    void rejectsNonHttpUrlsAsUsageError(String given) {
        AuthentikException e = assertThrows(AuthentikException.class, () -> ClientSettings.of(given, "t", "1"));
        assertEquals(AuthentikException.EXIT_USAGE, e.exitCode());
        assertTrue(e.getMessage().startsWith("Authentik URL must"), e.getMessage());
    }

    @Test
    void nullUrlAndBlankTokenAreUsageErrors() {
        assertEquals(64, assertThrows(AuthentikException.class, () -> ClientSettings.of(null, "t", "1")).exitCode());
        assertEquals(64, assertThrows(AuthentikException.class,
                () -> ClientSettings.of("https://h", " ", "1")).exitCode());
    }

    @Test
    void appliesDefaults() {
        ClientSettings s = ClientSettings.of("https://h", "t", null);
        assertEquals(Duration.ofSeconds(10), s.connectTimeout());
        assertEquals(Duration.ofSeconds(30), s.readTimeout());
        assertEquals(Duration.ofSeconds(30), s.retryBudget());
        assertEquals(10, s.maxConcurrency());
        assertEquals("dev", s.userAgentVersion());
        assertFalse(s.insecure());
        ClientSettings nulls = new ClientSettings("https://h", "t", null, false, null, null, null, 0, "1", null);
        assertEquals(Duration.ofSeconds(10), nulls.connectTimeout());
        assertEquals(10, nulls.maxConcurrency());
    }

    @Test
    void rejectsNonPositiveTimeouts() {
        assertThrows(AuthentikException.class,
                () -> ClientSettings.builder("https://h", "t").readTimeout(Duration.ZERO).build());
    }

    @Test
    void toStringRedactsToken() {
        ClientSettings s = ClientSettings.builder("https://h", Servers.TOKEN).debugLog(l -> { }).build();
        assertFalse(s.toString().contains(Servers.TOKEN), s.toString());
        assertTrue(s.toString().contains("token=***"), s.toString());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"ab\u0000cd", "ab\rcd", "ab cd", "abécd", "ab\u001bcd", "ab\u007fcd"})
    void aTokenThatCannotBeAHeaderIsRefusedWithoutEchoingIt(String token) {
        AuthentikException e = assertThrows(AuthentikException.class, () -> ClientSettings.of("https://h", token, "1"));
        assertEquals(64, e.exitCode());
        assertTrue(e.getMessage().startsWith("the API token contains a"), e.getMessage());
        assertTrue(e.getMessage().contains("at character 3"), e.getMessage());
        assertFalse(e.getMessage().contains("ab"), e.getMessage());
    }
}
