package dev.akconf.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Small emulations of Python and Django behaviour, checked against what CPython and Django do. */
class InternalsTest {

    @Test
    void urljoinLikePython() {
        assertEquals("https://a.com/outpost.goauthentik.io/callback", UrlJoin.join("https://a.com", "outpost.goauthentik.io/callback"));
        assertEquals("https://a.com/outpost.goauthentik.io/callback", UrlJoin.join("https://a.com/app", "outpost.goauthentik.io/callback"));
        assertEquals("https://a.com/app/outpost.goauthentik.io/callback",
                UrlJoin.join("https://a.com/app/", "outpost.goauthentik.io/callback"));
        assertEquals("https://a.com/outpost.goauthentik.io/callback", UrlJoin.join("https://a.com?x=1", "outpost.goauthentik.io/callback"));
        assertEquals("outpost.goauthentik.io/callback", UrlJoin.join("blank://blank", "outpost.goauthentik.io/callback"));
    }

    @Test
    void pythonReprs() {
        assertEquals("{'a': [1, True, None, \"x'y\"]}", PyRepr.repr(Http.JSON.readTree("{\"a\": [1, true, null, \"x'y\"]}")));
        assertEquals("\"it's\"", PyRepr.repr(Http.JSON.readTree("\"it's\"")));
        assertEquals("1.5", PyRepr.str(Http.JSON.readTree("1.5")));
        assertEquals("NoneType", PyRepr.typeName(Http.JSON.readTree("null")));
    }

    @Test
    void uuidsParseLikePython() {
        String id = "0f8e2a51-4b8e-4c4a-9a59-3b1f0d9e7c11";
        assertEquals(Optional.of(id), Refs.canonicalUuid("{0F8E2A514B8E4C4A9A593B1F0D9E7C11}"));
        assertEquals(Optional.of(id), Refs.canonicalUuid("urn:uuid:" + id));
        assertEquals(Optional.empty(), Refs.canonicalUuid(id + "0"));
    }

    @Test
    void domainlessUrls() {
        assertTrue(UrlCheck.valid("http://backend:8080/x?y#z", UrlCheck.HTTP));
        assertTrue(UrlCheck.valid("blank://blank", UrlCheck.HTTP));
        assertTrue(UrlCheck.valid("https://[::1]:443", UrlCheck.HTTP));
        assertFalse(UrlCheck.valid("ftp://files.example.com", UrlCheck.HTTP));
        assertTrue(UrlCheck.valid("ftp://files.example.com", UrlCheck.DEFAULT));
        assertFalse(UrlCheck.valid("https://exa mple.com", UrlCheck.HTTP));
        assertFalse(UrlCheck.valid("https://-bad.example.com", UrlCheck.HTTP));
    }

    @Test
    void authHeaders() {
        assertEquals(Optional.empty(), Auth.check("Bearer t", "t"));
        assertEquals(Optional.of(Auth.NOT_PROVIDED), Auth.check(null, "t"));
        assertEquals(Optional.of(Auth.NOT_PROVIDED), Auth.check("Bearer", "t"));
        assertEquals(Optional.of(Auth.NOT_PROVIDED), Auth.check("Basic dTpw", "t"));
        assertEquals(Optional.of(Auth.INVALID), Auth.check("Bearer x", "t"));
    }
}
