package fi.cocreate.testing;

import fi.cocreate.consultation.entity.Consultation;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Set-up for browser tests, which run in the test JVM and cannot inject boundaries: a small servlet, deployed only
 * with the test support classes (never in the production WAR), that builds a test's own data through the same
 * {@link ConsultationFixtures} the in-container tests use, and moves the server's clock. Answers plain text.
 *
 * <ul>
 *   <li>{@code POST /test-fixtures/consultation?title=T&hours=H}: an open consultation with a free-text and a
 *       single-choice question, deadline in H hours; answers its id.</li>
 *   <li>{@code POST /test-fixtures/representative?organisation=N}: a verified representative (password
 *       {@link ConsultationFixtures#PASSWORD}) of a new organisation; answers the email.</li>
 *   <li>{@code POST /test-fixtures/clock?at=ISO-instant}, {@code POST /test-fixtures/clock} (no parameter: back to
 *       real time).</li>
 * </ul>
 */
@WebServlet("/test-fixtures/*")
public class BrowserFixtures extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsultationFixtures fixtures;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String what = request.getPathInfo() == null ? "" : request.getPathInfo();
        String answer;
        switch (what) {
            case "/consultation" -> {
                Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
                Consultation consultation = fixtures.consultation(request.getParameter("title"), now,
                        now.plus(Duration.ofHours(Long.parseLong(request.getParameter("hours")))));
                answer = String.valueOf(consultation.getId());
            }
            case "/representative" -> answer = fixtures.organisationWithRepresentative(
                    request.getParameter("organisation"), "en");
            case "/clock" -> {
                String at = request.getParameter("at");
                if (at == null) {
                    TestClockProducer.CLOCK.reset();
                } else {
                    TestClockProducer.CLOCK.set(Instant.parse(at));
                }
                answer = TestClockProducer.CLOCK.instant().toString();
            }
            default -> {
                response.sendError(404);
                return;
            }
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(answer);
    }
}
