package fi.cocreate.testing;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Test deployments only: {@code POST /test-fixtures/session/expire-soon} gives the caller's own session (the cookie it
 * sent) a time-out of one second, so a test can let a real session expire as the container expires one after 60
 * minutes without activity. Answers 404 when the request has no session.
 */
@WebServlet("/test-fixtures/session/expire-soon")
public class SessionFixtures extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session == null) {
            response.sendError(404);
            return;
        }
        session.setMaxInactiveInterval(1);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("expires in 1 s");
    }
}
