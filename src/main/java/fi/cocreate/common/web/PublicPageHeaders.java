package fi.cocreate.common.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Caching headers for the public pages, which are stateless views ({@link StatelessPublicViews}). An anonymous
 * visitor's copy may be cached for a minute by the browser and shared caches; it varies by language (header and
 * cookie) and by login (cookie). A logged-in visitor's page shows their account, so it is private. The published
 * summary adds its own validators (ETag, Last-Modified) and answers 304 ({@code SummaryPage}).
 */
@WebFilter(
        urlPatterns = {
            "/index.xhtml",
            "/consultation/index.xhtml",
            "/consultation/view.xhtml",
            "/consultation/summary.xhtml",
            "/consultation/response.xhtml",
            "/consultation/timeline.xhtml",
            "/forum/index.xhtml",
            "/forum/call.xhtml"
        })
public class PublicPageHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Seconds an anonymous copy stays fresh. */
    static final int MAX_AGE = 60;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            boolean anonymous = request.getUserPrincipal() == null && request.getSession(false) == null;
            response.setHeader("Cache-Control", anonymous ? "public, max-age=" + MAX_AGE : "private, no-cache");
            response.setHeader("Vary", "Accept-Language, Cookie");
        }
        chain.doFilter(request, response);
    }
}
