package dev.akconf.authentik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** NO_PROXY as curl reads it, and the proxy variables' precedence and masking. */
class NoProxyTest {

    @ParameterizedTest(name = "{0} / {1}:{2} -> {3}")
    @CsvSource(delimiter = '|', value = {
            "example.com | example.com | 443 | true",
            "example.com | auth.example.com | 443 | true",
            "example.com | notexample.com | 443 | false",
            ".example.com | example.com | 443 | true",
            ".example.com | a.b.example.com | 443 | true",
            "EXAMPLE.com. | Auth.Example.COM | 443 | true",
            "* | anything.internal | 443 | true",
            "a.test,  b.test  c.test | c.test | 80 | true",
            "10.0.0.0/8 | 10.20.30.40 | 443 | true",
            "10.0.0.0/8 | 11.0.0.1 | 443 | false",
            "192.168.1.7 | 192.168.1.7 | 443 | true",
            "192.168.1.7 | 192.168.1.8 | 443 | false",
            "10.0.0.0/8 | ten.example.com | 443 | false",
            "::1 | [::1] | 443 | true",
            "fd00::/8 | fd12::5 | 443 | true",
            "[fd00::]/8 | fc00::5 | 443 | false",
            "auth.example.com:8443 | auth.example.com | 8443 | true",
            "auth.example.com:8443 | auth.example.com | 443 | false",
            "127.0.0.1:9000 | 127.0.0.1 | 9000 | true",
    })
    void matches(String noProxy, String host, int port, boolean bypass) {
        assertEquals(bypass, NoProxy.parse(noProxy).bypasses(host, port));
    }

    @Test
    void lowerCaseWinsAndAllProxyIsTheFallback() {
        ProxySettings p = ProxySettings.fromEnvironment(Map.of("https_proxy", "http://lower:3128", "HTTPS_PROXY", "http://upper:3128",
                "ALL_PROXY", "proxy.corp:8080", "no_proxy", ".corp")::get);
        assertEquals("lower", p.forTarget("https", "auth.example.com", 443).host());
        assertEquals("proxy.corp", p.forTarget("http", "auth.example.com", 80).host());
        assertEquals(8080, p.forTarget("http", "auth.example.com", 80).port());
        assertNull(p.forTarget("https", "auth.corp", 443));
    }

    @Test
    void credentialsAreDecodedAndNeverShown() {
        ProxySettings p = ProxySettings.fromEnvironment(Map.of("HTTPS_PROXY", "http://ci%40corp:p%3Ass@proxy:3128")::get);
        ProxySettings.Proxy proxy = p.forTarget("https", "auth.example.com", 443);
        assertEquals("ci@corp", proxy.user());
        assertEquals("p:ss", proxy.password());
        assertEquals("http://***@proxy:3128", proxy.toString());
        assertFalse(p.toString().contains("p:ss"));
        assertEquals(java.util.List.of("p:ss"), p.secrets());
        assertEquals(1080, ProxySettings.fromEnvironment(Map.of("https_proxy", "proxy")::get).https().port(), "curl's default port");
    }

    @Test
    void unsupportedProxiesAreUsageErrorsThatDoNotQuoteTheValue() {
        AuthentikException e = assertThrows(AuthentikException.class,
                () -> ProxySettings.fromEnvironment(Map.of("HTTPS_PROXY", "ftp://u:hunter22@proxy")::get));
        assertEquals(AuthentikException.EXIT_USAGE, e.exitCode());
        assertFalse(e.getMessage().contains("hunter22"), e.getMessage());
        assertTrue(ProxySettings.fromEnvironment(Map.of("HTTPS_PROXY", "socks5://proxy:1080")::get).https().socks());
        assertNull(ProxySettings.fromEnvironment(Map.<String, String>of()::get).https());
    }
}
