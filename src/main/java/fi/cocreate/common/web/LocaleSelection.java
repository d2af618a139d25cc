package fi.cocreate.common.web;

import fi.cocreate.common.SupportedLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Locale;

/**
 * The interface language of this request: the visitor's choice (a cookie set by the language switch, {@code /language}), else the
 * browser's preference among fi/sv/en, else Finnish. Kept out of the session so public pages need none.
 */
@Named
@RequestScoped
public class LocaleSelection {

    public static final String COOKIE = "cocreate_lang";

    @Inject
    HttpServletRequest request;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = SupportedLanguage.locale(resolve(request));
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** The current page with its query, URL-encoded, for the language switch to return to. */
    public String getBackPath() {
        String query = request.getQueryString();
        String path = request.getServletPath() + (query == null ? "" : "?" + query);
        return java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8);
    }

    static String resolve(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName()) && SupportedLanguage.isSupported(cookie.getValue())) {
                    return cookie.getValue();
                }
            }
        }
        for (Locale preferred : Collections.list(request.getLocales())) {
            if (SupportedLanguage.isSupported(preferred.getLanguage())) {
                return preferred.getLanguage();
            }
        }
        return SupportedLanguage.DEFAULT;
    }
}
