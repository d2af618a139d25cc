package fi.cocreate.identity.web;

import fi.cocreate.common.LocalPaths;
import fi.cocreate.common.SupportedLanguage;
import fi.cocreate.common.web.LocaleSelection;
import fi.cocreate.identity.boundary.Accounts;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The language switch: {@code /language?to=sv&back=/page.xhtml} remembers the choice in a cookie (and on the account
 * of a logged-in user, so mails follow it) and returns to the page. Only local paths are accepted as {@code back}.
 */
@WebServlet("/language")
public class LanguageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Accounts accounts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String language = SupportedLanguage.orDefault(request.getParameter("to"));
        Cookie cookie = new Cookie(LocaleSelection.COOKIE, language);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        if (request.getUserPrincipal() != null) {
            accounts.changeLanguage(request.getUserPrincipal().getName(), language);
        }
        response.sendRedirect(request.getContextPath() + safeLocalPath(request.getParameter("back")));
    }

    static String safeLocalPath(String back) {
        return LocalPaths.orHome(back);
    }
}
