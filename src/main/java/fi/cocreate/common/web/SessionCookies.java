package fi.cocreate.common.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie's attributes, set once at start-up: never readable by scripts, {@code SameSite=Lax} so another
 * site cannot post a form with it, and {@code Secure} when the app is served over TLS, which {@code PUBLIC_BASE_URL}
 * says (behind a TLS proxy the request itself is plain HTTP, so the request cannot be asked).
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        String base = ConfigProvider.getConfig()
                .getOptionalValue("PUBLIC_BASE_URL", String.class)
                .orElse("");
        if (servedOverTls(base)) {
            cookie.setSecure(true);
        }
    }

    static boolean servedOverTls(String publicBaseUrl) {
        return publicBaseUrl.trim().toLowerCase(java.util.Locale.ROOT).startsWith("https://");
    }
}
