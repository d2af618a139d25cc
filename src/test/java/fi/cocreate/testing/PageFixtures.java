package fi.cocreate.testing;

import static fi.cocreate.testing.ActingCaller.acting;

import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.boundary.Moderation;
import fi.cocreate.consultation.boundary.ReportProcesses;
import fi.cocreate.consultation.boundary.Responses;
import fi.cocreate.consultation.boundary.Summaries;
import fi.cocreate.consultation.entity.AnswerInput;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.MilestoneKind;
import fi.cocreate.consultation.entity.MilestoneStatus;
import fi.cocreate.consultation.entity.Response;
import fi.cocreate.consultation.entity.SummarySection;
import fi.cocreate.consultation.entity.Theme;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * The consultation records the every-page browser test opens (test deployments only), beside {@link BrowserFixtures}:
 * {@code POST /test-fixtures/pages/consultation?suffix=S} builds an open consultation with a submitted and accepted
 * response of a new organisation, a report process that includes it (with a milestone), and a second consultation
 * whose deadline passed and whose summary is published. Answers
 * {@code consultationId representativeEmail responseId processId summaryConsultationId}, separated by spaces.
 */
@WebServlet("/test-fixtures/pages/*")
public class PageFixtures extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsultationFixtures fixtures;

    @Inject
    Responses responses;

    @Inject
    Moderation moderation;

    @Inject
    ReportProcesses processes;

    @Inject
    Summaries summaries;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/consultation".equals(request.getPathInfo())) {
            response.sendError(404);
            return;
        }
        String answer;
        try {
            answer = consultation(request.getParameter("suffix"));
        } catch (Exception e) {
            throw new IllegalStateException("Could not build the pages' consultation", e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(answer);
    }

    private String consultation(String suffix) throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Consultation consultation = fixtures.consultation("Pages " + suffix, now, now.plus(Duration.ofDays(10)));
        long c = consultation.getId();
        String representative = fixtures.organisationWithRepresentative("Pages ry " + suffix, "en");
        Response response = acting(representative, () -> responses.submit(c, answers(consultation, "Our view"), true));
        ActingCaller.asStaff(() -> {
            moderation.accept(response.getId());
            return null;
        });
        long process = ActingCaller.asStaff(() -> {
            long id = processes
                    .create(LocalizedText.of("Prosessi " + suffix, "Process sv " + suffix, "Process " + suffix))
                    .getId();
            processes.include(id, c);
            processes.addMilestone(
                    id,
                    MilestoneKind.SUMMARY,
                    LocalizedText.of("Yhteenveto", "Sammandrag", "Summary"),
                    LocalDate.now().plusDays(30),
                    MilestoneStatus.PLANNED);
            return id;
        });
        long summarised = summarised(suffix, now);
        return c + " " + representative + " " + response.getId() + " " + process + " " + summarised;
    }

    /** A consultation whose deadline passed an hour after its one accepted response, with a published summary. */
    private long summarised(String suffix, Instant now) throws Exception {
        Consultation consultation = fixtures.consultation("Summarised " + suffix, now, now.plus(Duration.ofHours(1)));
        long c = consultation.getId();
        String representative = fixtures.organisationWithRepresentative("Summary ry " + suffix, "en");
        Response response =
                acting(representative, () -> responses.submit(c, answers(consultation, "Funding matters"), true));
        ActingCaller.asStaff(() -> {
            moderation.accept(response.getId());
            return null;
        });
        TestClockProducer.CLOCK.set(now.plus(Duration.ofHours(2)));
        try {
            ActingCaller.asStaff(() -> {
                long statement = summaries
                        .addStatement(
                                c,
                                SummarySection.FEEDBACK,
                                Theme.INCLUSION,
                                LocalizedText.of("Rahoitus on tärkeää.", "Finansiering är viktig.", "Funding matters."))
                        .getId();
                summaries.cite(c, statement, response.getId(), null);
                summaries.publish(c, null, true, true);
                return null;
            });
        } finally {
            TestClockProducer.CLOCK.reset();
        }
        return c;
    }

    private static List<AnswerInput> answers(Consultation consultation, String text) {
        return List.of(
                AnswerInput.text(consultation.getQuestions().get(0).getId(), text),
                new AnswerInput(consultation.getQuestions().get(1).getId(), null, Set.of(0), null));
    }
}
