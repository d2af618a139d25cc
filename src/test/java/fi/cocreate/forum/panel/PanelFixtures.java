package fi.cocreate.forum.panel;

import fi.cocreate.common.LocalizedText;
import fi.cocreate.forum.entity.ApplicantCapacity;
import fi.cocreate.forum.entity.ApplicationContent;
import fi.cocreate.forum.entity.ExpertiseArea;
import fi.cocreate.forum.entity.ForumApplication;
import fi.cocreate.forum.entity.ForumCall;
import fi.cocreate.forum.entity.Gender;
import fi.cocreate.identity.boundary.Accounts;
import fi.cocreate.identity.entity.Account;
import fi.cocreate.identity.entity.Role;
import fi.cocreate.testing.TestAccounts;
import fi.cocreate.testing.TestClockProducer;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Builds calls, submitted applications and accounts for the panel's integration tests (inside a transaction). */
final class PanelFixtures {

    static final String PASSWORD = "panel test password";
    static final Instant OPENS = Instant.parse("2021-07-01T06:00:00Z");
    static final Instant CLOSES = Instant.parse("2021-08-31T21:00:00Z");
    static final Instant DURING = Instant.parse("2021-08-15T10:00:00Z");
    static final Instant AFTER = Instant.parse("2021-09-10T10:00:00Z");

    private final EntityManager em;
    private final Accounts accounts;

    PanelFixtures(EntityManager em, Accounts accounts) {
        this.em = em;
        this.accounts = accounts;
    }

    ForumCall call(String title) {
        ForumCall call =
                new ForumCall(LocalizedText.of(title + " fi", title + " sv", title), null, OPENS, CLOSES, 20, OPENS);
        em.persist(call);
        em.flush();
        return call;
    }

    Account account(String email, String name, Role role) {
        return accounts.create(email, name, PASSWORD, "en", List.of(role), true);
    }

    Account panellist(String prefix) {
        return account(TestAccounts.uniqueEmail(prefix), prefix, Role.PANELIST);
    }

    Account staff() {
        return account(TestAccounts.uniqueEmail("staff"), "Staff", Role.STAFF);
    }

    /** A submitted application; the clock is set inside the window for it. */
    ForumApplication apply(
            ForumCall call,
            String name,
            String email,
            String language,
            Gender gender,
            int yearOfBirth,
            String origin,
            String home,
            ExpertiseArea... areas) {
        TestClockProducer.CLOCK.set(DURING);
        Account applicant = accounts.create(email, name, PASSWORD, language, List.of(Role.APPLICANT), true);
        ForumApplication application = new ForumApplication(call, applicant, language, DURING);
        ApplicationContent content = new ApplicationContent();
        content.setFullName(name);
        content.setEmail(email);
        content.setYearOfBirth(yearOfBirth);
        content.setGender(gender);
        content.setCountryOfBirth(origin);
        content.setCountryOfOrigin(origin);
        content.setNewHomeCountry(home);
        content.setYearOfArrival(2010);
        content.setLanguages(List.of("en"));
        content.setAreas(List.of(areas));
        for (ExpertiseArea area : areas) {
            content.getDescriptions().put(area, "Experience in " + area);
        }
        content.setCapacity(ApplicantCapacity.INDIVIDUAL);
        content.setMotivation("Motivation of " + name);
        content.setConsent(true);
        application.fill(content, DURING);
        application.submit(DURING.plus(Duration.ofMinutes(1)));
        em.persist(application);
        em.flush();
        return application;
    }

    /** n simple applications with unique emails. */
    List<ForumApplication> applications(ForumCall call, int n) {
        List<ForumApplication> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(apply(
                    call,
                    "Applicant " + i,
                    TestAccounts.uniqueEmail("app" + i),
                    "en",
                    Gender.WOMAN,
                    1980,
                    "SY",
                    "FI",
                    ExpertiseArea.EDUCATION));
        }
        return list;
    }

    static List<LocalizedText> levels(String what) {
        List<LocalizedText> levels = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            levels.add(LocalizedText.of(what + " taso " + i, what + " niv\u00e5 " + i, what + " level " + i));
        }
        return Collections.unmodifiableList(levels);
    }
}
