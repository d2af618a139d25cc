package fi.cocreate.volumes;

import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.boundary.Responses;
import fi.cocreate.consultation.entity.AnswerInput;
import fi.cocreate.consultation.entity.Citation;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.ConsultationSummary;
import fi.cocreate.consultation.entity.EventType;
import fi.cocreate.consultation.entity.Organisation;
import fi.cocreate.consultation.entity.OrganisationType;
import fi.cocreate.consultation.entity.Passage;
import fi.cocreate.consultation.entity.QuestionOption;
import fi.cocreate.consultation.entity.QuestionType;
import fi.cocreate.consultation.entity.Response;
import fi.cocreate.consultation.entity.ResponseModeration;
import fi.cocreate.consultation.entity.SummarySection;
import fi.cocreate.consultation.entity.SummaryStatement;
import fi.cocreate.consultation.entity.Theme;
import fi.cocreate.consultation.entity.ThemeTag;
import fi.cocreate.forum.entity.ApplicantCapacity;
import fi.cocreate.forum.entity.ApplicationContent;
import fi.cocreate.forum.entity.ExpertiseArea;
import fi.cocreate.forum.entity.ForumApplication;
import fi.cocreate.forum.entity.ForumCall;
import fi.cocreate.forum.entity.Gender;
import fi.cocreate.identity.entity.Account;
import fi.cocreate.testing.TestAccounts;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Volume data built fast with the entities in the caller's transaction: a consultation with n submitted responses
 * (moderated, tagged, some quoted and cited in a published summary), and a forum call with n submitted applications.
 * Accounts that never log in get a placeholder hash instead of a slow PBKDF2 one.
 */
public final class VolumeFixtures {

    /** A response is cited in the summary (with a passage) for every this many responses. */
    public static final int CITE_EVERY = 10;

    private final EntityManager em;

    public VolumeFixtures(EntityManager em) {
        this.em = em;
    }

    public Account account(String prefix, Instant now) {
        Account account = new Account(TestAccounts.uniqueEmail(prefix), "Volume " + prefix, "not-a-login", "en", now);
        em.persist(account);
        return account;
    }

    /**
     * A consultation that took feedback from {@code now - 10 days} to {@code now - 1 day}, with n submitted responses
     * and a published summary. Returns the consultation's id.
     */
    public long consultation(String title, int responses, Instant now) {
        Instant during = now.minus(Duration.ofDays(5));
        Consultation consultation = new Consultation(
                LocalizedText.of("Prosessi", null, "Process"),
                LocalizedText.of(title + " fi", title + " sv", title),
                null,
                now.minus(Duration.ofDays(10)),
                now.minus(Duration.ofDays(1)),
                during);
        consultation.addQuestion(
                QuestionType.FREE_TEXT,
                LocalizedText.of("Kysymys", "Fr\u00e5ga", "Question"),
                5000,
                List.of(),
                null,
                null);
        consultation.addQuestion(
                QuestionType.SINGLE_CHOICE,
                LocalizedText.of("Kumpi", "Vilken", "Which"),
                100,
                List.of(
                        new QuestionOption(LocalizedText.of("Yksi", "Ett", "One")),
                        new QuestionOption(LocalizedText.of("Kaksi", "Tv\u00e5", "Two"))),
                null,
                null);
        consultation.publish(during); // drafts are for staff only: the public pages would answer 404
        em.persist(consultation);
        em.flush();
        long q1 = consultation.getQuestions().get(0).getId();
        long q2 = consultation.getQuestions().get(1).getId();
        Account staff = account("volume-staff", during);
        ConsultationSummary summary = new ConsultationSummary(consultation, during);
        em.persist(summary);
        SummaryStatement statement = summary.addStatement(
                SummarySection.FEEDBACK, Theme.INCLUSION, LocalizedText.of("Havainto", "Iakttagelse", "A finding"));
        Theme[] themes = Theme.values();
        OrganisationType[] types = OrganisationType.values();
        List<Response> cited = new ArrayList<>();
        List<Passage> passages = new ArrayList<>();
        for (int i = 0; i < responses; i++) {
            Organisation organisation = new Organisation(
                    title + " org " + i,
                    null,
                    "V" + System.nanoTime() % 1_000_000_000L + "-" + i,
                    types[i % types.length],
                    during);
            organisation.verify(staff, during);
            Account author = account("volume-rep", during); // its approver: one account represents one organisation
            organisation.addRepresentative(author);
            em.persist(organisation);
            Response response = new Response(consultation, organisation, author, during);
            em.persist(response);
            em.flush();
            String text = "Answer " + i + " of the volume test. We think inclusion matters.";
            response.submit(
                    List.of(AnswerInput.text(q1, text), new AnswerInput(q2, null, Set.of(i % 2), null)),
                    true,
                    author,
                    during,
                    id -> Responses.reference(consultation.getId(), id));
            ResponseModeration moderation = new ResponseModeration(response, during, "volume staff");
            if (i % 7 == 3) {
                moderation.hide("Off topic", during, "volume staff");
            } else {
                moderation.accept(during, "volume staff");
            }
            em.persist(moderation);
            em.persist(new ThemeTag(response, themes[i % themes.length]));
            if (i % CITE_EVERY == 0) {
                Passage passage =
                        new Passage(response, consultation.getQuestions().get(0), "inclusion matters", during);
                em.persist(passage);
                em.persist(new ThemeTag(passage, Theme.INCLUSION));
                cited.add(response);
                passages.add(passage);
            }
        }
        em.flush();
        for (int i = 0; i < cited.size(); i++) {
            em.persist(new Citation(statement, cited.get(i), i % 2 == 0 ? passages.get(i) : null));
        }
        summary.publish(now);
        em.flush();
        return consultation.getId();
    }

    /** A consultation open from a day ago for ten days, with an upcoming event; returns its id. */
    public long openConsultation(String title, Instant now) {
        Consultation consultation = new Consultation(
                LocalizedText.of("Prosessi", null, "Process"),
                LocalizedText.of(title + " fi", title + " sv", title),
                null,
                now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(10)),
                now);
        consultation.addQuestion(
                QuestionType.FREE_TEXT,
                LocalizedText.of("Kysymys", "Fr\u00e5ga", "Question"),
                5000,
                List.of(),
                null,
                null);
        consultation.addEvent(
                EventType.WORKSHOP,
                LocalizedText.of("Tilaisuus", "Evenemang", "Event"),
                now.plus(Duration.ofDays(2)),
                now.plus(Duration.ofDays(2)).plus(Duration.ofHours(2)),
                "Helsinki",
                null);
        consultation.publish(now); // so that the home page, the list and the API really show it
        em.persist(consultation);
        em.flush();
        return consultation.getId();
    }

    /** A call open during {@code during}, with n submitted applications. Returns the call. */
    public ForumCall call(String title, int applications, Instant opens, Instant closes, Instant during) {
        ForumCall call =
                new ForumCall(LocalizedText.of(title + " fi", title + " sv", title), null, opens, closes, 20, opens);
        em.persist(call);
        Gender[] genders = Gender.values();
        ExpertiseArea[] areas = ExpertiseArea.values();
        String[] origins = {"SY", "IR", "SO", "UA", "IQ"};
        String[] homes = {"FI", "SE", "NO", "DK", "IS"};
        for (int i = 0; i < applications; i++) {
            Account applicant = account("volume-applicant", during);
            ForumApplication application = new ForumApplication(call, applicant, "en", during);
            ApplicationContent content = new ApplicationContent();
            content.setFullName("Applicant " + i);
            content.setEmail(applicant.getEmail());
            content.setYearOfBirth(1960 + i % 40);
            content.setGender(genders[i % genders.length]);
            content.setCountryOfBirth(origins[i % origins.length]);
            content.setCountryOfOrigin(origins[i % origins.length]);
            content.setNewHomeCountry(homes[i % homes.length]);
            content.setYearOfArrival(2010);
            content.setLanguages(List.of("en", "fi"));
            ExpertiseArea area = areas[i % areas.length];
            content.setAreas(List.of(area));
            content.getDescriptions().put(area, "Experience in " + area);
            content.setCapacity(ApplicantCapacity.INDIVIDUAL);
            content.setMotivation("Motivation of applicant " + i);
            content.setConsent(true);
            application.fill(content, during);
            application.submit(during.plus(Duration.ofMinutes(1)));
            em.persist(application);
        }
        em.flush();
        return call;
    }
}
