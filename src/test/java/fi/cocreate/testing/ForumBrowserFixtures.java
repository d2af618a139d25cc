package fi.cocreate.testing;

import static fi.cocreate.testing.ActingCaller.acting;

import fi.cocreate.common.LocalizedText;
import fi.cocreate.forum.boundary.ForumApplications;
import fi.cocreate.forum.boundary.ForumCalls;
import fi.cocreate.forum.entity.ApplicantCapacity;
import fi.cocreate.forum.entity.ApplicationContent;
import fi.cocreate.forum.entity.ExpertiseArea;
import fi.cocreate.forum.entity.ForumApplication;
import fi.cocreate.forum.entity.ForumCall;
import fi.cocreate.forum.entity.Gender;
import fi.cocreate.forum.panel.boundary.PanelAssignments;
import fi.cocreate.forum.panel.boundary.PanelReviews;
import fi.cocreate.forum.panel.boundary.Panels;
import fi.cocreate.identity.boundary.Accounts;
import fi.cocreate.identity.control.DemoLogins;
import fi.cocreate.identity.entity.Role;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Set-up for the forum's browser journeys (test deployments only), beside {@link BrowserFixtures}: a call open now,
 * and a closed call with submitted applications, an appointed panel, a rubric and assignments. Answers plain text.
 *
 * <ul>
 *   <li>{@code POST /test-fixtures/forum/call?title=T&days=D}: a call open from an hour ago for D days, with a
 *       meeting plan; answers its id.</li>
 *   <li>{@code POST /test-fixtures/forum/panel?suffix=S}: a call that closed yesterday with three submitted
 *       applications (with a CV; "Aino S" in Finnish, "Bo S" in Swedish, "Cy S" in English), two appointed panellists
 *       (password {@link #PASSWORD}) each assigned all three, a two-criterion rubric, and the second panellist's
 *       submitted scores; with {@code &blind=true} the call is reviewed blind (set before the scores). Answers
 *       {@code callId panellist1 panellist2 app1 app2 app3}, separated by spaces.</li>
 *   <li>{@code POST /test-fixtures/forum/calibration?suffix=S}: a closed call for a forum of two, ranked by the
 *       normalised mean, with five submitted applications ("Aino S" … "Eeva S") and two panellists who each scored
 *       their own: lenient "Lea Lenient S" gave Aino 5 and Bo 4, strict "Stig Strict S" gave Cy 3, Dani 2 and Eeva 1
 *       (the same value on both criteria). By the raw mean the top two are Aino and Bo; normalised per panellist they
 *       are Cy (4.73) and Aino (4.41): Cy moves in, Bo (1.59) moves out. Answers
 *       {@code callId lea stig aino bo cy dani eeva}.</li>
 * </ul>
 */
@WebServlet("/test-fixtures/forum/*")
public class ForumBrowserFixtures extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public static final String PASSWORD = ConsultationFixtures.PASSWORD;
    public static final byte[] CV = "%PDF-1.4\n% journey CV\n".getBytes(StandardCharsets.US_ASCII);

    @Inject
    ForumCalls calls;

    @Inject
    ForumApplications applications;

    @Inject
    Accounts accounts;

    @Inject
    Panels panels;

    @Inject
    PanelAssignments assignments;

    @Inject
    PanelReviews reviews;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String what = request.getPathInfo() == null ? "" : request.getPathInfo();
        String answer;
        switch (what) {
            case "/call" ->
                answer = String.valueOf(
                        openCall(request.getParameter("title"), Integer.parseInt(request.getParameter("days")))
                                .getId());
            case "/panel" ->
                answer = panel(request.getParameter("suffix"), "true".equals(request.getParameter("blind")));
            case "/calibration" -> answer = calibration(request.getParameter("suffix"));
            default -> {
                response.sendError(404);
                return;
            }
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(answer);
    }

    private ForumCall openCall(String title, int days) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ForumCall call = new ForumCall(
                LocalizedText.of(title + " fi", title + " sv", title),
                LocalizedText.of(
                        "Haemme jäseniä foorumiin.",
                        "Vi söker medlemmar till forumet.",
                        "We are looking for forum members."),
                now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofDays(days)),
                12,
                now);
        call.planMeetings(
                LocalizedText.of("Neljä kokousta vuodessa.", "Fyra möten per år.", "Four meetings a year."), 4);
        return calls.create(call);
    }

    private String panel(String suffix, boolean blind) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ForumCall call = calls.create(new ForumCall(
                LocalizedText.of("Raati " + suffix, "Panel " + suffix, "Panel " + suffix),
                null,
                now.minus(Duration.ofDays(20)),
                now.minus(Duration.ofDays(1)),
                2,
                now.minus(Duration.ofDays(21))));
        String staff = DemoLogins.STAFF.email();
        List<Long> ids = new ArrayList<>();
        TestClockProducer.CLOCK.set(now.minus(Duration.ofDays(10)));
        try {
            ids.add(apply(call, "Aino " + suffix, "fi", Gender.WOMAN, "SY", "FI", ExpertiseArea.EDUCATION));
            ids.add(apply(call, "Bo " + suffix, "sv", Gender.MAN, "IQ", "SE", ExpertiseArea.LABOUR_MARKET));
            ids.add(apply(call, "Cy " + suffix, "en", Gender.NON_BINARY, "CL", "IS", ExpertiseArea.EQUALITY));
        } finally {
            TestClockProducer.CLOCK.reset();
        }
        String first = TestAccounts.uniqueEmail("panel-a");
        String second = TestAccounts.uniqueEmail("panel-b");
        accounts.create(first, "Paula Panel " + suffix, PASSWORD, "en", List.of(Role.PANELIST), true);
        accounts.create(second, "Pekka Panel " + suffix, PASSWORD, "fi", List.of(Role.PANELIST), true);
        acting(staff, () -> panels.appoint(call.getId(), first));
        acting(staff, () -> panels.appoint(call.getId(), second));
        acting(staff, () -> panels.configure(call.getId(), 2, false, 1.0, 2.0));
        List<Long> criteria = List.of(
                acting(
                                staff,
                                () -> panels.addCriterion(
                                        call.getId(),
                                        LocalizedText.of("Asiantuntemus", "Sakkunskap", "Expertise"),
                                        2,
                                        levels("Expertise")))
                        .getId(),
                acting(
                                staff,
                                () -> panels.addCriterion(
                                        call.getId(),
                                        LocalizedText.of("Motivaatio", "Motivation", "Motivation"),
                                        1,
                                        levels("Motivation")))
                        .getId());
        acting(staff, () -> assignments.assignAutomatically(call.getId()));
        if (blind) {
            acting(staff, () -> panels.setBlind(call.getId(), true));
        }
        int[] scores = {5, 3, 2};
        for (int i = 0; i < ids.size(); i++) {
            Map<Long, Integer> values = new HashMap<>();
            for (Long criterion : criteria) {
                values.put(criterion, scores[i]);
            }
            long id = ids.get(i);
            acting(second, () -> reviews.submit(id, values, "Scored by the second panellist."));
        }
        return call.getId() + " " + first + " " + second + " " + ids.get(0) + " " + ids.get(1) + " " + ids.get(2);
    }

    private String calibration(String suffix) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ForumCall call = calls.create(new ForumCall(
                LocalizedText.of("Kalibrointi " + suffix, "Kalibrering " + suffix, "Calibration " + suffix),
                null,
                now.minus(Duration.ofDays(20)),
                now.minus(Duration.ofDays(1)),
                2,
                now.minus(Duration.ofDays(21))));
        String staff = DemoLogins.STAFF.email();
        List<Long> ids = new ArrayList<>();
        TestClockProducer.CLOCK.set(now.minus(Duration.ofDays(10)));
        try {
            ids.add(apply(call, "Aino " + suffix, "fi", Gender.WOMAN, "SY", "FI", ExpertiseArea.EDUCATION));
            ids.add(apply(call, "Bo " + suffix, "sv", Gender.MAN, "IQ", "SE", ExpertiseArea.LABOUR_MARKET));
            ids.add(apply(call, "Cy " + suffix, "en", Gender.NON_BINARY, "CL", "IS", ExpertiseArea.EQUALITY));
            ids.add(apply(
                    call, "Dani " + suffix, "en", Gender.WOMAN, "SO", "NO", ExpertiseArea.HEALTH_AND_SOCIAL_SERVICES));
            ids.add(apply(call, "Eeva " + suffix, "fi", Gender.WOMAN, "ER", "DK", ExpertiseArea.EDUCATION));
        } finally {
            TestClockProducer.CLOCK.reset();
        }
        String lenient = TestAccounts.uniqueEmail("panel-lenient");
        String strict = TestAccounts.uniqueEmail("panel-strict");
        accounts.create(lenient, "Lea Lenient " + suffix, PASSWORD, "en", List.of(Role.PANELIST), true);
        accounts.create(strict, "Stig Strict " + suffix, PASSWORD, "sv", List.of(Role.PANELIST), true);
        long lea = acting(staff, () -> panels.appoint(call.getId(), lenient)).getId();
        long stig = acting(staff, () -> panels.appoint(call.getId(), strict)).getId();
        acting(staff, () -> panels.configure(call.getId(), 1, true, 1.0, 2.0));
        List<Long> criteria = List.of(
                acting(
                                staff,
                                () -> panels.addCriterion(
                                        call.getId(),
                                        LocalizedText.of("Asiantuntemus", "Sakkunskap", "Expertise"),
                                        2,
                                        levels("Expertise")))
                        .getId(),
                acting(
                                staff,
                                () -> panels.addCriterion(
                                        call.getId(),
                                        LocalizedText.of("Motivaatio", "Motivation", "Motivation"),
                                        1,
                                        levels("Motivation")))
                        .getId());
        int[] scores = {5, 4, 3, 2, 1};
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            boolean byLea = i < 2;
            acting(staff, () -> assignments.add(id, byLea ? lea : stig));
            Map<Long, Integer> values = new HashMap<>();
            for (Long criterion : criteria) {
                values.put(criterion, scores[i]);
            }
            acting(byLea ? lenient : strict, () -> reviews.submit(id, values, "Scored for the calibration."));
        }
        StringBuilder answer = new StringBuilder()
                .append(call.getId())
                .append(' ')
                .append(lenient)
                .append(' ')
                .append(strict);
        ids.forEach(id -> answer.append(' ').append(id));
        return answer.toString();
    }

    private long apply(
            ForumCall call,
            String name,
            String language,
            Gender gender,
            String origin,
            String home,
            ExpertiseArea area) {
        String email = TestAccounts.uniqueEmail("applicant");
        accounts.create(email, name, PASSWORD, language, List.of(Role.APPLICANT), true);
        ForumApplication application = acting(email, () -> applications.startOrResume(call.getId(), language));
        ApplicationContent content = application.content();
        content.setFullName(name);
        content.setEmail(email);
        content.setYearOfBirth(1984);
        content.setGender(gender);
        content.setCountryOfBirth(origin);
        content.setCountryOfOrigin(origin);
        content.setNewHomeCountry(home);
        content.setYearOfArrival(2012);
        content.setLanguages(List.of("en", "fi"));
        content.setAreas(List.of(area));
        content.getDescriptions().put(area, "Years of work with newcomers.");
        content.setCapacity(ApplicantCapacity.INDIVIDUAL);
        content.setMotivation("I want to bring the experience of newcomers to the forum.");
        content.setConsent(true);
        acting(email, () -> applications.attachCv(application.getId(), "cv.pdf", CV));
        acting(email, () -> applications.submit(application.getId(), content));
        return application.getId();
    }

    private static List<LocalizedText> levels(String what) {
        List<LocalizedText> levels = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            levels.add(LocalizedText.of(what + " taso " + i, what + " nivå " + i, what + " level " + i));
        }
        return levels;
    }
}
