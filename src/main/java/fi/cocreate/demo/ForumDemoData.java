package fi.cocreate.demo;

import fi.cocreate.common.LocalizedText;
import fi.cocreate.forum.boundary.ForumApplications;
import fi.cocreate.forum.boundary.ForumCalls;
import fi.cocreate.forum.entity.ApplicantCapacity;
import fi.cocreate.forum.entity.ApplicationContent;
import fi.cocreate.forum.entity.ExpertiseArea;
import fi.cocreate.forum.entity.ForumApplication;
import fi.cocreate.forum.entity.ForumCall;
import fi.cocreate.forum.entity.Gender;
import fi.cocreate.forum.entity.NordicRegion;
import fi.cocreate.identity.boundary.Accounts;
import fi.cocreate.identity.control.DemoLogins;
import fi.cocreate.identity.entity.Account;
import fi.cocreate.identity.entity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Forum demo data ({@code DEMO_DATA=true} only, loaded once): the 2021 call gets its plan and 64 varied, synthetic,
 * submitted applications (fixed seed, so every run looks the same); a second call is open around today, and the demo
 * applicant has a draft in it.
 */
@Singleton
@Startup
@DependsOn("EventsDemoData")
public class ForumDemoData {

    private static final Logger LOG = Logger.getLogger(ForumDemoData.class.getName());
    private static final int APPLICATIONS = 64;
    private static final long SEED = 2021_0701L;

    private static final String[] FIRST_WOMEN = {
        "Amina",
        "Leila",
        "Fatima",
        "Maryam",
        "Nadia",
        "Hodan",
        "Olena",
        "Mei",
        "Priya",
        "Ana",
        "Chiamaka",
        "Zahra",
        "Thi Lan",
        "Sofia",
        "Rukhsana",
        "Yasmin"
    };
    private static final String[] FIRST_MEN = {
        "Ahmed", "Omar", "Dawit", "Karim", "Arash", "Juan", "Tomasz", "Ali", "Kwame", "Hamid", "Ravi", "Minh", "Sergei",
        "Mohamed", "Carlos", "Yusuf"
    };
    private static final String[] FIRST_OTHER = {"Alex", "Sam", "Noor", "Kim", "Robin", "Jules", "Sasha", "Ari"};
    private static final String[] LAST = {
        "Hassan",
        "Abdi",
        "Haile",
        "Rahimi",
        "Nguyen",
        "Kowalski",
        "Okafor",
        "Mensah",
        "Garcia",
        "Petrenko",
        "Sharma",
        "Chen",
        "Yilmaz",
        "Ali",
        "Mwangi",
        "Rodriguez",
        "Karimi",
        "Osman",
        "Silva",
        "Ivanova",
        "Bakr",
        "Tesfaye",
        "Hussein",
        "Santos"
    };
    /** Countries of origin across regions: Middle East, Africa, Asia, Europe outside the Nordics, the Americas. */
    private static final String[][] ORIGINS = {
        {"SY", "ar"},
        {"IQ", "ar"},
        {"AF", "fa"},
        {"IR", "fa"},
        {"SO", "so"},
        {"ER", "ti"},
        {"ET", "am"},
        {"NG", "yo"},
        {"KE", "sw"},
        {"CD", "fr"},
        {"GH", "en"},
        {"TR", "tr"},
        {"PK", "ur"},
        {"IN", "hi"},
        {"BD", "bn"},
        {"CN", "zh"},
        {"VN", "vi"},
        {"TH", "th"},
        {"PH", "tl"},
        {"RU", "ru"},
        {"UA", "uk"},
        {"BA", "bs"},
        {"PL", "pl"},
        {"EE", "et"},
        {"CL", "es"},
        {"CO", "es"},
        {"BR", "pt"},
        {"MX", "es"},
        {"US", "en"}
    };

    private static final String[] HOME_LANGUAGE = {"da", "fi", "is", "no", "sv", "fo", "kl", "sv"};
    private static final String[] ORGANISATIONS = {
        "Multicultural Women's Association",
        "Refugee Youth Network",
        "Migrant Workers' Centre",
        "Nordic Diaspora Forum",
        "Integration Support Association"
    };
    private static final String[] EXPERIENCE = {
        "I have worked for %d years on %s with newcomers in my municipality.",
        "For %d years I have led a volunteer group focused on %s.",
        "My research over %d years has looked at %s in the Nordic countries.",
        "I have advised public authorities for %d years on %s."
    };

    @Inject
    @ConfigProperty(name = "DEMO_DATA", defaultValue = "false")
    boolean enabled;

    @Inject
    Accounts accounts;

    @Inject
    ForumCalls calls;

    @Inject
    ForumApplications applications;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        ForumCall call2021 = DemoTimes.call2021(calls, clock);
        if (call2021 == null || applications.countByCall(call2021.getId()) > 0) {
            return;
        }
        call2021.seekAreas(EnumSet.allOf(ExpertiseArea.class));
        call2021.planMeetings(
                LocalizedText.of(
                        "Kaksi etäkokousta vuodessa ja muita keskustelutilaisuuksia.",
                        "Två distansmöten per år och andra diskussionsevenemang.",
                        "Two remote meetings a year and other discussion events."),
                2);
        String hash = accounts.hashPassword(DemoLogins.PASSWORD);
        Random random = new Random(SEED);
        for (int i = 0; i < APPLICATIONS; i++) {
            syntheticApplication(call2021, i, hash, random);
        }
        ForumCall open = openCall();
        draftForDemoApplicant(open);
        LOG.info(() -> "Forum demo data loaded: " + APPLICATIONS + " applications to the 2021 call, one open call");
    }

    private void syntheticApplication(ForumCall call, int i, String hash, Random random) {
        Gender gender = pickGender(random);
        String first = switch (gender) {
            case WOMAN -> FIRST_WOMEN[random.nextInt(FIRST_WOMEN.length)];
            case MAN -> FIRST_MEN[random.nextInt(FIRST_MEN.length)];
            default -> FIRST_OTHER[random.nextInt(FIRST_OTHER.length)];
        };
        String name = first + " " + LAST[random.nextInt(LAST.length)];
        String email = String.format("forum.applicant%02d@demo.cocreate.fi", i + 1);
        String language = List.of("fi", "sv", "en").get(random.nextInt(3));
        Account account = accounts.createWithHash(email, name, hash, language, List.of(Role.APPLICANT), true);

        String[] origin = ORIGINS[random.nextInt(ORIGINS.length)];
        // Every Nordic country and autonomous area appears as a new home: the first round walks through them.
        int home = i < 2 * NordicRegion.CODES.size()
                ? i % NordicRegion.CODES.size()
                : random.nextInt(NordicRegion.CODES.size());
        int born = 1955 + random.nextInt(46);
        ApplicationContent content = new ApplicationContent();
        content.setFullName(name);
        content.setEmail(email);
        content.setYearOfBirth(born);
        content.setGender(gender);
        content.setCountryOfOrigin(origin[0]);
        // Some were born on the way, in a neighbouring country, and give their family's country as origin.
        content.setCountryOfBirth(random.nextInt(8) == 0 ? ORIGINS[random.nextInt(ORIGINS.length)][0] : origin[0]);
        content.setNewHomeCountry(NordicRegion.CODES.get(home));
        content.setYearOfArrival(Math.min(2020, born + 5 + random.nextInt(Math.max(1, 2020 - born - 5))));
        List<String> spoken = new ArrayList<>(List.of(origin[1], HOME_LANGUAGE[home]));
        if (!spoken.contains("en")) {
            spoken.add("en");
        }
        content.setLanguages(spoken.stream().distinct().toList());
        List<ExpertiseArea> areas = pickAreas(random);
        content.setAreas(areas);
        for (ExpertiseArea area : areas) {
            String topic = area.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
            content.getDescriptions()
                    .put(
                            area,
                            String.format(
                                    EXPERIENCE[random.nextInt(EXPERIENCE.length)], 2 + random.nextInt(18), topic));
        }
        boolean organisation = random.nextInt(10) < 3;
        content.setCapacity(organisation ? ApplicantCapacity.ORGANISATION : ApplicantCapacity.INDIVIDUAL);
        content.setOrganisation(organisation ? ORGANISATIONS[random.nextInt(ORGANISATIONS.length)] : null);
        content.setMotivation("I would like to bring my experience of "
                + areas.get(0).name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + " to Nordic cooperation on integration. (Synthetic demo "
                + "application " + (i + 1) + ".)");
        content.setConsent(true);

        long windowSeconds =
                Duration.between(call.getOpensAt(), call.getClosesAt()).getSeconds();
        Instant at = call.getOpensAt().plusSeconds(1 + (long) (random.nextDouble() * (windowSeconds - 3600)));
        ForumApplication application = new ForumApplication(call, account, language, at);
        application.fill(content, at);
        application.submit(at);
        em.persist(application);
    }

    private static Gender pickGender(Random random) {
        int roll = random.nextInt(100);
        return roll < 46
                ? Gender.WOMAN
                : roll < 86 ? Gender.MAN : roll < 94 ? Gender.NON_BINARY : Gender.PREFER_NOT_TO_SAY;
    }

    private static List<ExpertiseArea> pickAreas(Random random) {
        List<ExpertiseArea> all = new ArrayList<>(List.of(ExpertiseArea.values()));
        java.util.Collections.shuffle(all, random);
        List<ExpertiseArea> chosen = new ArrayList<>(all.subList(0, 1 + random.nextInt(3)));
        chosen.sort(null);
        return chosen;
    }

    private ForumCall openCall() {
        Instant now = clock.instant();
        ForumCall call = calls.create(new ForumCall(
                LocalizedText.of(
                        "Pohjoismainen asiantuntijafoorumi, toinen kausi",
                        "Nordiskt expertforum, andra perioden",
                        "Nordic expert forum, second term"),
                LocalizedText.of(
                        "Haemme uusia jäseniä foorumin toiselle kaudelle.",
                        "Vi söker nya medlemmar till forumets andra period.",
                        "We are looking for new members for the forum's second term."),
                now.minus(Duration.ofDays(10)),
                now.plus(Duration.ofDays(30)),
                20,
                now));
        call.seekAreas(EnumSet.of(ExpertiseArea.LABOUR_MARKET, ExpertiseArea.EDUCATION, ExpertiseArea.DISCRIMINATION));
        call.planMeetings(
                LocalizedText.of(
                        "Kaksi etäkokousta vuodessa.", "Två distansmöten per år.", "Two remote meetings a year."),
                2);
        return call;
    }

    private void draftForDemoApplicant(ForumCall call) {
        accounts.findByEmail(DemoLogins.APPLICANT.email()).ifPresent(applicant -> {
            Instant now = clock.instant();
            ForumApplication draft = new ForumApplication(call, applicant, "en", now);
            ApplicationContent content = draft.content();
            content.setYearOfBirth(1988);
            content.setGender(Gender.MAN);
            content.setCountryOfBirth("AF");
            content.setCountryOfOrigin("AF");
            content.setNewHomeCountry("FI");
            draft.fill(content, now);
            em.persist(draft);
        });
    }
}
