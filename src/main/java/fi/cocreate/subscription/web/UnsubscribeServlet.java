package fi.cocreate.subscription.web;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.web.AppServlet;
import fi.cocreate.common.web.LocaleSelection;
import fi.cocreate.subscription.boundary.Subscriptions;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The unsubscribe link of bulk mail (RFC 8058). A POST, as mail clients send for List-Unsubscribe-Post, unsubscribes
 * at once without login; a GET, as from a click in the mail, shows a page asking to confirm with a button.
 */
@WebServlet("/subscribe/unsubscribe")
public class UnsubscribeServlet extends AppServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Subscriptions subscriptions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = request.getParameter("token");
        if (!hasLanguageCookie(request)) {
            // The page speaks the subscriber's language, not the browser's, unless the visitor chose one.
            try {
                Cookie language = new Cookie(
                        LocaleSelection.COOKIE, subscriptions.manage(token).getLanguage());
                language.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
                language.setHttpOnly(true);
                response.addCookie(language);
            } catch (BusinessException e) {
                // kept: an invalid or spent link still goes on to the page, which says so in the browser's language
            }
        }
        response.sendRedirect(request.getContextPath() + "/subscribe/unsubscribe.xhtml?token="
                + URLEncoder.encode(token == null ? "" : token, StandardCharsets.UTF_8));
    }

    private static boolean hasLanguageCookie(HttpServletRequest request) {
        return request.getCookies() != null
                && java.util.Arrays.stream(request.getCookies())
                        .anyMatch(c -> LocaleSelection.COOKIE.equals(c.getName()));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain; charset=UTF-8");
        subscriptions.unsubscribe(request.getParameter("token")); // a forged or broken link: 400 (AppServlet)
        response.getWriter().write("Unsubscribed.\n");
    }
}
