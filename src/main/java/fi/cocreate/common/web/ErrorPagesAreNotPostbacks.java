package fi.cocreate.common.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * An error page is a page of its own, never the post that led to it. When the container answers a post with an error
 * page (403 from a URL constraint, 404, 500, 503), it dispatches the page with the post's parameters, and Faces, finding
 * the posted form's {@code jakarta.faces.ViewState}, would take the dispatch for a postback of the error page: it
 * restores the state of the form's view (the respond page, say) into the error page's component tree. Where a
 * generated client id of one tree names a component of another kind in the other, that restore fails in
 * {@code UIComponentBase.restoreState} ({@code ArrayIndexOutOfBoundsException}) or in {@code getClientId}
 * ({@code NullPointerException}), and the person gets the 500 page instead of the error page meant for them. On an
 * error dispatch the posted parameters are therefore hidden from the page: it is built and rendered as on a GET.
 */
@WebFilter(urlPatterns = "/error/*", asyncSupported = true, dispatcherTypes = DispatcherType.ERROR)
public class ErrorPagesAreNotPostbacks extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new FreshRequest(request), response);
    }
}
