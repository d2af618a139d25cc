package fi.cocreate.testing;

import static fi.cocreate.testing.ActingCaller.acting;

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
 *   <li>{@code POST /test-fixtures/colleague?of=EMAIL&name=N}: a second representative ("Rep N", a drafter) of the
 *       organisation of EMAIL; answers the email.</li>
 *   <li>{@code POST /test-fixtures/user?language=L}: a verified account (password {@link ConsultationFixtures#PASSWORD});
 *       answers the email.</li>
 *   <li>{@code POST /test-fixtures/event?capacity=N}: a workshop in ten days with N seats; answers its id.</li>
 *   <li>{@code POST /test-fixtures/campaign?suffix=S}: a consultation with three senders of one campaign letter and
 *   one response of its own (see {@code campaign}).</li>
 *   <li>{@code POST /test-fixtures/coded?suffix=S}: a consultation where staff coded twelve responses by theme and
 *       "Health ry S" and "Jobs ry S" are not coded yet (see {@code coded}); answers its id.</li>
 *   <li>{@code POST /test-fixtures/responded?suffix=S}: a consultation closing in an hour with two submitted
 *       responses; answers its id.</li>
 *   <li>{@code POST /test-fixtures/clock?at=ISO-instant}, {@code POST /test-fixtures/clock} (no parameter: back to
 *       real time).</li>
 * </ul>
 */
@WebServlet("/test-fixtures/*")
public class BrowserFixtures extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsultationFixtures fixtures;

    @Inject
    fi.cocreate.consultation.boundary.ConsultationEvents events;

    @Inject
    fi.cocreate.consultation.boundary.Responses responses;

    @Inject
    fi.cocreate.consultation.boundary.Attachments attachments;

    @Inject
    fi.cocreate.consultation.boundary.Moderation moderation;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String what = request.getPathInfo() == null ? "" : request.getPathInfo();
        String answer;
        switch (what) {
            case "/consultation" -> {
                Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
                Consultation consultation = fixtures.consultation(
                        request.getParameter("title"),
                        now,
                        now.plus(Duration.ofHours(Long.parseLong(request.getParameter("hours")))));
                answer = String.valueOf(consultation.getId());
            }
            case "/representative" ->
                answer = fixtures.organisationWithRepresentative(request.getParameter("organisation"), "en");
            case "/colleague" ->
                answer = fixtures.colleagueOf(request.getParameter("of"), request.getParameter("name"));
            case "/user" -> answer = fixtures.representative("browser", request.getParameter("language"));
            case "/event" -> answer = String.valueOf(event(Integer.parseInt(request.getParameter("capacity"))));
            case "/responded" -> answer = String.valueOf(responded(request.getParameter("suffix")));
            case "/coded" -> answer = String.valueOf(coded(request.getParameter("suffix")));
            case "/campaign" -> answer = String.valueOf(campaign(request.getParameter("suffix")));
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

    /**
     * A consultation whose deadline is in an hour, with two submitted responses that consent to publication: "Open
     * ry SUFFIX" (free text, the second option, an attachment "Lausunto SUFFIX.pdf") and "Rude ry SUFFIX".
     */
    private long responded(String suffix) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Consultation consultation = fixtures.consultation("Moderated " + suffix, now, now.plus(Duration.ofHours(1)));
        long text = consultation.getQuestions().get(0).getId();
        long choice = consultation.getQuestions().get(1).getId();
        String open = fixtures.organisationWithRepresentative("Open ry " + suffix, "en");
        acting(
                open,
                () -> attachments.attach(
                        consultation.getId(), "Lausunto " + suffix + ".pdf", ConsultationFixtures.pdf(2048)));
        acting(
                open,
                () -> responses.submit(
                        consultation.getId(),
                        java.util.List.of(
                                fi.cocreate.consultation.entity.AnswerInput.text(
                                        text, "Organisations reach people whom others miss."),
                                new fi.cocreate.consultation.entity.AnswerInput(
                                        choice, null, java.util.Set.of(1), null)),
                        true));
        String rude = fixtures.organisationWithRepresentative("Rude ry " + suffix, "en");
        acting(
                rude,
                () -> responses.submit(
                        consultation.getId(),
                        java.util.List.of(
                                fi.cocreate.consultation.entity.AnswerInput.text(text, "Something offensive.")),
                        true));
        return consultation.getId();
    }

    /**
     * A consultation whose deadline is in an hour, where "Letter ry 1..3 SUFFIX" each submitted the same campaign
     * letter with their own greeting and "Own ry SUFFIX" wrote its own text.
     */
    private long campaign(String suffix) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Consultation consultation = fixtures.consultation("Campaign " + suffix, now, now.plus(Duration.ofHours(1)));
        long text = consultation.getQuestions().get(0).getId();
        // Under the fixture question's 200 characters with the signature.
        String letter = "Vaadimme, että kotoutumispalveluiden rahoitus turvataan kunnissa myös vuoden 2027 jälkeen."
                + " Järjestöjen neuvonta tavoittaa ne, joita viranomaiset eivät tavoita.";
        for (int i = 1; i <= 3; i++) {
            String rep = fixtures.organisationWithRepresentative("Letter ry " + i + " " + suffix, "en");
            String signed = letter + " t. " + i;
            acting(
                    rep,
                    () -> responses.submit(
                            consultation.getId(),
                            java.util.List.of(fi.cocreate.consultation.entity.AnswerInput.text(text, signed)),
                            true));
        }
        String own = fixtures.organisationWithRepresentative("Own ry " + suffix, "en");
        acting(
                own,
                () -> responses.submit(
                        consultation.getId(),
                        java.util.List.of(fi.cocreate.consultation.entity.AnswerInput.text(
                                text, "Kielikoulutusta pitäisi tarjota iltaisin, jotta työssäkäyvät pääsevät mukaan.")),
                        true));
        return consultation.getId();
    }

    /**
     * A consultation whose deadline is in an hour, where staff coded the responses of "Coded ry 1..12 SUFFIX" (six on
     * health services, six on the labour market, English texts from the coded demo passages), and "Health ry SUFFIX"
     * and "Jobs ry SUFFIX" submitted uncoded responses on health and on recruitment.
     */
    private long coded(String suffix) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Consultation consultation = fixtures.consultation("Coded " + suffix, now, now.plus(Duration.ofHours(1)));
        long text = consultation.getQuestions().get(0).getId();
        java.util.List<fi.cocreate.demo.DemoPassages.CodedPassage> english =
                fi.cocreate.demo.DemoPassages.all().stream()
                        .filter(p -> p.language().equals("en")
                                && p.themes().size() == 1
                                && p.text().length() < 190)
                        .toList();
        int n = 0;
        for (var theme : java.util.List.of(
                fi.cocreate.consultation.entity.Theme.HEALTH_AND_WELLBEING,
                fi.cocreate.consultation.entity.Theme.LABOUR_MARKET)) {
            for (var passage : english.stream()
                    .filter(p -> p.themes().contains(theme))
                    .limit(6)
                    .toList()) {
                n++;
                String rep = fixtures.organisationWithRepresentative("Coded ry " + n + " " + suffix, "en");
                long id = acting(
                                rep,
                                () -> responses.submit(
                                        consultation.getId(),
                                        java.util.List.of(
                                                fi.cocreate.consultation.entity.AnswerInput.text(text, passage.text())),
                                        true))
                        .getId();
                try {
                    ActingCaller.asStaff(() -> {
                        moderation.tag(id, theme);
                        return null;
                    });
                } catch (Exception e) {
                    throw new IllegalStateException("Could not code the response", e);
                }
            }
        }
        acting(
                fixtures.organisationWithRepresentative("Health ry " + suffix, "en"),
                () -> responses.submit(
                        consultation.getId(),
                        java.util.List.of(
                                fi.cocreate.consultation.entity.AnswerInput.text(
                                        text,
                                        "Mental health services and"
                                                + " interpreters in health care are what refugees need most; the queues are too long.")),
                        true));
        acting(
                fixtures.organisationWithRepresentative("Jobs ry " + suffix, "en"),
                () -> responses.submit(
                        consultation.getId(),
                        java.util.List.of(
                                fi.cocreate.consultation.entity.AnswerInput.text(
                                        text,
                                        "Employers should recruit"
                                                + " jobseekers with foreign qualifications; discrimination in recruitment keeps them out.")),
                        true));
        return consultation.getId();
    }

    /** A workshop in ten days with that many seats, of a new open consultation; its title carries its id. */
    private long event(int capacity) {
        Instant start = Instant.now().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.HOURS);
        Consultation consultation =
                fixtures.consultation("Event journey", Instant.now(), start.plus(Duration.ofDays(5)));
        try {
            return ActingCaller.asStaff(() -> {
                var created = events.create(consultation.getId(), details(0, capacity, start));
                return events.update(created.getId(), details(created.getId(), capacity, start))
                        .getId();
            });
        } catch (Exception e) {
            throw new IllegalStateException("Could not create the event", e);
        }
    }

    private static fi.cocreate.consultation.boundary.EventDetails details(long id, int capacity, Instant start) {
        return new fi.cocreate.consultation.boundary.EventDetails(
                fi.cocreate.consultation.entity.EventType.WORKSHOP,
                fi.cocreate.common.LocalizedText.of("Ty\u00f6paja " + id, "Workshop sv " + id, "Workshop en " + id),
                fi.cocreate.common.LocalizedText.of("Kuvaus", "Beskrivning", "Description"),
                start,
                start.plus(Duration.ofHours(2)),
                "Room 1, Helsinki",
                null,
                capacity,
                java.util.EnumSet.of(fi.cocreate.consultation.entity.TargetGroup.ORGANISATIONS));
    }
}
