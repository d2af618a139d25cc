package fi.cocreate.common.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SessionCookiesTest {

    @Test
    void theSessionCookieIsSecureWhenThePublicAddressIsHttps() {
        assertTrue(SessionCookies.servedOverTls("https://cocreate.example"));
        assertTrue(SessionCookies.servedOverTls(" HTTPS://cocreate.example"));
        assertFalse(SessionCookies.servedOverTls("http://localhost:8080"));
    }
}
