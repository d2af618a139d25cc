package fi.cocreate.common.web;

import fi.cocreate.common.AccessDenied;
import fi.cocreate.common.BusinessException;
import fi.cocreate.common.NotFound;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The one error path of the app's plain servlets (downloads, the calendar file, one-click unsubscribe): they extend
 * this and do not catch domain exceptions. A {@link NotFound} answers 404, an {@link AccessDenied} 403 and any other
 * {@link BusinessException} 400, each with the app's error page (web.xml), and whatever the servlet had set on the
 * response (headers of a download) is dropped. A response already committed cannot change its status: the refusal
 * then goes on to the container, as every other exception does.
 */
public abstract class AppServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try {
            super.service(request, response);
        } catch (BusinessException e) {
            if (response.isCommitted()) {
                throw e;
            }
            response.reset();
            response.sendError(status(e));
        }
    }

    /** The HTTP status that answers a refusal. */
    static int status(BusinessException e) {
        if (e instanceof NotFound) {
            return HttpServletResponse.SC_NOT_FOUND;
        }
        if (e instanceof AccessDenied) {
            return HttpServletResponse.SC_FORBIDDEN;
        }
        return HttpServletResponse.SC_BAD_REQUEST;
    }

    /** The id in a request parameter; a missing or malformed one names nothing, so it is "not found". */
    protected static long id(HttpServletRequest request, String parameter) {
        try {
            return Long.parseLong(request.getParameter(parameter));
        } catch (NumberFormatException e) {
            throw new NotFound();
        }
    }
}
