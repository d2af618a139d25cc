package fi.cocreate.demo;

import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.boundary.Responses;
import fi.cocreate.consultation.entity.AnswerInput;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.Organisation;
import fi.cocreate.consultation.entity.OrganisationType;
import fi.cocreate.consultation.entity.Question;
import fi.cocreate.consultation.entity.QuestionOption;
import fi.cocreate.consultation.entity.QuestionType;
import fi.cocreate.consultation.entity.Response;
import fi.cocreate.consultation.entity.TargetGroup;
import fi.cocreate.consultation.entity.Theme;
import fi.cocreate.identity.boundary.Accounts;
import fi.cocreate.identity.control.DemoLogins;
import fi.cocreate.identity.entity.Account;
import fi.cocreate.identity.entity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo content of the consultation domain ({@code DEMO_DATA=true} only, loaded once): organisations with
 * representatives (the demo ORG_REP's one verified), questions and themes for the 2020 consultation with submitted
 * responses, a consultation open now with a draft by the demo organisation (written by its approver, the demo ORG_REP,
 * and its drafter {@value #DRAFTER_EMAIL}), and a second closed consultation whose
 * responses await a summary. Other demo classes that need these depend on this one by name.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class ConsultationDemoData {

    private static final Logger LOG = Logger.getLogger(ConsultationDemoData.class.getName());
    static final String DEMO_ORGANISATION = "Kotoutumisen tuki ry";
    /** The demo organisation's second representative, a drafter (password {@code DemoLogins.PASSWORD}). */
    static final String DRAFTER_EMAIL = "luonnos@demo.cocreate.fi";

    @Inject
    @ConfigProperty(name = "DEMO_DATA", defaultValue = "false")
    boolean enabled;

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void load() {
        if (!enabled
                || !em.createNamedQuery(Organisation.ALL, Organisation.class)
                        .getResultList()
                        .isEmpty()) {
            return;
        }
        Account demoRep = accounts.findByEmail(DemoLogins.ORG_REP.email()).orElse(null);
        if (demoRep == null) {
            return;
        }
        Account staff = accounts.findByEmail(DemoLogins.STAFF.email()).orElse(null);
        String hash = accounts.hashPassword(DemoLogins.PASSWORD);
        Instant now = clock.instant();
        Organisation demo =
                organisation(DEMO_ORGANISATION, "3069781-4", null, OrganisationType.ASSOCIATION, demoRep, staff, now);
        Organisation city = organisation(
                "Esimerkkil\u00e4n kaupunki",
                "2979088-6",
                null,
                OrganisationType.MUNICIPALITY,
                rep("kunta@demo.cocreate.fi", "Kaisa Kunta", hash),
                staff,
                now);
        Organisation county = organisation(
                "Pohjanrannan hyvinvointialue",
                "3241277-1",
                null,
                OrganisationType.WELLBEING_SERVICES_COUNTY,
                rep("hyvinvointi@demo.cocreate.fi", "Heikki Hyvinvointi", hash),
                staff,
                now);
        Organisation college = organisation(
                "Monikielinen kansanopisto",
                "2925315-9",
                null,
                OrganisationType.EDUCATIONAL_INSTITUTION,
                rep("opisto@demo.cocreate.fi", "Oona Opisto", hash),
                staff,
                now);
        Organisation newcomers = organisation(
                "Uusien suomalaisten yhdistys ry",
                null,
                "221.345",
                OrganisationType.ASSOCIATION,
                rep("yhdistys@demo.cocreate.fi", "Yusuf Yhdistys", hash),
                null,
                now);

        Consultation roleOfOrganisations = em.createNamedQuery(Consultation.ALL, Consultation.class)
                .getResultStream()
                .filter(c -> "The role of organisations in integration work"
                        .equals(c.getTitle().getEn()))
                .findFirst()
                .orElse(null);
        if (roleOfOrganisations != null) {
            roleOfOrganisations.classify(
                    Set.of(Theme.ROLE_OF_ORGANISATIONS, Theme.INCLUSION),
                    Set.of(TargetGroup.ORGANISATIONS, TargetGroup.IMMIGRANT_COMMUNITIES));
            addQuestions(roleOfOrganisations, ROLE_OF_ORGANISATIONS);
            em.flush();
            Instant during = DemoTimes.at(2020, 9, 18, 14, 0);
            submit(
                    roleOfOrganisations,
                    demo,
                    demoRep,
                    during,
                    "J\u00e4rjest\u00f6t tavoittavat ne, joita viranomaiset "
                            + "eiv\u00e4t tavoita. Pitk\u00e4j\u00e4nteinen rahoitus on edellytys monialaiselle yhteisty\u00f6lle.",
                    0,
                    4,
                    true);
            submit(
                    roleOfOrganisations,
                    city,
                    first(city),
                    during.plus(Duration.ofHours(20)),
                    "Kunnan "
                            + "kotoutumisohjelmassa j\u00e4rjest\u00f6t ovat kumppaneita. Yhteisty\u00f6n rakenteet vaihtelevat "
                            + "alueittain. Ehdotamme valtakunnallista yhteisty\u00f6mallia. Lis\u00e4tietoja antaa koordinaattori "
                            + "Maija Esimerkki, p. 040 123 0000.",
                    1,
                    3,
                    true);
            submit(
                    roleOfOrganisations,
                    college,
                    first(college),
                    during.plus(Duration.ofDays(2)),
                    "Oppilaitokset "
                            + "ja j\u00e4rjest\u00f6t voisivat yhdess\u00e4 tarjota kielikoulutusta ty\u00f6n ohessa.",
                    0,
                    5,
                    false);
        }
        Consultation open = openConsultation(now);
        addQuestions(open, MUNICIPAL_PROGRAMMES);
        em.flush();
        // The demo organisation drafts together: the demo representative registered it and approves; a colleague
        // who joined later drafts (and asks for approval), so only the approver's page has "Submit response".
        Account drafter = rep(DRAFTER_EMAIL, "Liisa Luonnostelija", hash);
        demo.addRepresentative(drafter);
        Response draft = new Response(open, demo, demoRep, now);
        em.persist(draft);
        draft.saveDraft(
                List.of(
                        AnswerInput.text(
                                open.getQuestions().get(0).getId(),
                                "Luonnos: kotoutumisohjelmat kannattaa valmistella yhdess\u00e4 j\u00e4rjest\u00f6jen kanssa.")),
                false,
                demoRep,
                now);
        draft.saveDraft(
                List.of(AnswerInput.text(
                        open.getQuestions().get(0).getId(),
                        "Luonnos: kotoutumisohjelmat kannattaa valmistella yhdess\u00e4 j\u00e4rjest\u00f6jen ja "
                                + "hyvinvointialueen kanssa, ja ty\u00f6lle tarvitaan nimetty yhteyshenkil\u00f6.")),
                false,
                drafter,
                now.plusSeconds(60));

        Consultation researchers = closedResearchersConsultation(now);
        addQuestions(researchers, HEALTH_AND_FAMILIES);
        em.flush();
        Instant answered = DemoTimes.at(2020, 9, 24, 10, 0);
        submit(
                researchers,
                county,
                first(county),
                answered,
                "Terveyspalveluiden tulkkaus ja "
                        + "hyvinvointialueiden yhteisty\u00f6 kunnan kanssa ovat keskeisi\u00e4.",
                1,
                3,
                true);
        submit(
                researchers,
                newcomers,
                first(newcomers),
                answered.plus(Duration.ofHours(5)),
                "Perheiden " + "kotoutumisessa lasten ja vanhempien polut kulkevat eri tahtia.",
                0,
                4,
                false);
        LOG.info("Consultation demo data loaded");
    }

    private Account rep(String email, String name, String hash) {
        return accounts.createWithHash(email, name, hash, "fi", List.of(Role.ORG_REP), true);
    }

    private Account first(Organisation organisation) {
        return organisation.getRepresentatives().iterator().next();
    }

    private Organisation organisation(
            String name,
            String businessId,
            String registerNumber,
            OrganisationType type,
            Account representative,
            Account verifier,
            Instant now) {
        Organisation organisation = new Organisation(name, businessId, registerNumber, type, now);
        organisation.addRepresentative(representative);
        if (verifier != null) {
            organisation.verify(verifier, now);
        }
        em.persist(organisation);
        return organisation;
    }

    /** The three questions of one demo consultation (free text, one choice of three, a 1–5 scale) in fi, sv, en. */
    private record DemoQuestions(
            LocalizedText free, LocalizedText choice, List<LocalizedText> options, LocalizedText scale) {}

    private static final DemoQuestions ROLE_OF_ORGANISATIONS = new DemoQuestions(
            LocalizedText.of(
                    "Miten j\u00e4rjest\u00f6jen roolia kotoutumisen edist\u00e4misess\u00e4 pit\u00e4isi vahvistaa?",
                    "Hur borde organisationernas roll i integrationsfr\u00e4mjandet st\u00e4rkas?",
                    "How should the role of organisations in integration promotion be strengthened?"),
            LocalizedText.of(
                    "Mik\u00e4 on t\u00e4rkein kehitt\u00e4misen kohde?",
                    "Vad \u00e4r viktigast att utveckla?",
                    "What matters most to develop?"),
            List.of(
                    LocalizedText.of(
                            "Monialainen yhteisty\u00f6",
                            "Sektors\u00f6verskridande samarbete",
                            "Multi-sectoral cooperation"),
                    LocalizedText.of("Rahoituksen jatkuvuus", "Kontinuerlig finansiering", "Continuity of funding"),
                    LocalizedText.of("Tiedon kulku", "Informationsfl\u00f6det", "Flow of information")),
            LocalizedText.of(
                    "Kuinka hyvin nykyinen yhteisty\u00f6 toimii (1 = huonosti, 5 = hyvin)?",
                    "Hur v\u00e4l fungerar dagens samarbete (1 = d\u00e5ligt, 5 = bra)?",
                    "How well does today's cooperation work (1 = poorly, 5 = well)?"));

    private static final DemoQuestions MUNICIPAL_PROGRAMMES = new DemoQuestions(
            LocalizedText.of(
                    "Miten kunnan kotoutumisohjelma pit\u00e4isi valmistella, jotta j\u00e4rjest\u00f6t ja "
                            + "hyvinvointialue ovat mukana alusta asti?",
                    "Hur borde kommunens integrationsprogram beredas s\u00e5 att organisationerna och "
                            + "v\u00e4lf\u00e4rdsomr\u00e5det \u00e4r med fr\u00e5n b\u00f6rjan?",
                    "How should a municipality prepare its integration programme so that organisations and the "
                            + "wellbeing services county take part from the start?"),
            LocalizedText.of(
                    "Mik\u00e4 monialaisen yhteisty\u00f6n muoto toimii alueellanne parhaiten?",
                    "Vilken form av sektors\u00f6verskridande samarbete fungerar b\u00e4st i er region?",
                    "Which form of multi-sectoral cooperation works best in your area?"),
            List.of(
                    LocalizedText.of(
                            "S\u00e4\u00e4nn\u00f6lliset yhteistapaamiset",
                            "Regelbundna gemensamma m\u00f6ten",
                            "Regular joint meetings"),
                    LocalizedText.of("Yhteinen palvelupiste", "Gemensam servicepunkt", "A shared service point"),
                    LocalizedText.of(
                            "Hankekohtainen yhteisty\u00f6", "Projektvis samverkan", "Project-based cooperation")),
            LocalizedText.of(
                    "Kuinka hyvin kotoutumisohjelma ohjaa kuntanne arkea (1 = ei lainkaan, 5 = hyvin)?",
                    "Hur v\u00e4l styr integrationsprogrammet kommunens vardag (1 = inte alls, 5 = v\u00e4l)?",
                    "How well does the integration programme guide your municipality's everyday work "
                            + "(1 = not at all, 5 = well)?"));

    private static final DemoQuestions HEALTH_AND_FAMILIES = new DemoQuestions(
            LocalizedText.of(
                    "Mit\u00e4 tutkimus kertoo maahan muuttaneiden perheiden hyvinvoinnista ja palveluista, "
                            + "ja mit\u00e4 siit\u00e4 pit\u00e4isi seurata?",
                    "Vad s\u00e4ger forskningen om invandrade familjers v\u00e4lbefinnande och tj\u00e4nster, och vad "
                            + "borde f\u00f6lja av det?",
                    "What does research tell about the wellbeing of immigrant families and their services, and what "
                            + "should follow from it?"),
            LocalizedText.of(
                    "Mik\u00e4 parantaisi perheiden terveyspalveluja eniten?",
                    "Vad skulle f\u00f6rb\u00e4ttra familjernas h\u00e4lsotj\u00e4nster mest?",
                    "What would improve families' health services most?"),
            List.of(
                    LocalizedText.of("Tulkkauksen saatavuus", "Tillg\u00e5ng till tolkning", "Access to interpreting"),
                    LocalizedText.of(
                            "Hyvinvointialueen ja kunnan yhteisty\u00f6",
                            "Samarbete mellan " + "v\u00e4lf\u00e4rdsomr\u00e5det och kommunen",
                            "Cooperation of the county and the " + "municipality"),
                    LocalizedText.of(
                            "Perheiden oma tieto palveluista",
                            "Familjernas egen kunskap om tj\u00e4nsterna",
                            "Families' own knowledge of the services")),
            LocalizedText.of(
                    "Kuinka hyvin perheiden tarpeet tunnetaan palveluissa (1 = huonosti, 5 = hyvin)?",
                    "Hur v\u00e4l k\u00e4nner tj\u00e4nsterna till familjernas behov (1 = d\u00e5ligt, 5 = bra)?",
                    "How well do the services know families' needs (1 = poorly, 5 = well)?"));

    private void addQuestions(Consultation consultation, DemoQuestions questions) {
        consultation.addQuestion(QuestionType.FREE_TEXT, questions.free(), 5000, List.of(), null, null);
        consultation.addQuestion(
                QuestionType.SINGLE_CHOICE,
                questions.choice(),
                1000,
                questions.options().stream().map(QuestionOption::new).toList(),
                null,
                null);
        consultation.addQuestion(QuestionType.SCALE, questions.scale(), 500, List.of(), 1, 5);
    }

    private void submit(
            Consultation consultation,
            Organisation organisation,
            Account author,
            Instant at,
            String text,
            int choice,
            int scale,
            boolean consent) {
        List<Question> questions = consultation.getQuestions();
        Response response = new Response(consultation, organisation, author, at);
        em.persist(response);
        em.flush();
        var submitted = response.submit(
                List.of(
                        AnswerInput.text(questions.get(0).getId(), text),
                        new AnswerInput(questions.get(1).getId(), null, Set.of(choice), null),
                        new AnswerInput(questions.get(2).getId(), null, Set.of(), scale)),
                consent,
                author,
                at,
                id -> Responses.reference(consultation.getId(), id));
        // As Responses.submit does, so that the demo's receipts can be checked (demo responses have no attachments).
        submitted.recordDigest(
                fi.cocreate.consultation.control.ResponseDigest.ofVersion(consultation.getId(), submitted, List.of()));
    }

    private Consultation openConsultation(Instant now) {
        Consultation consultation = new Consultation(
                LocalizedText.of(
                        "Kotoutumislain uudistus", "Reformen av integrationslagen", "Reform of the Integration Act"),
                LocalizedText.of(
                        "Kuntien kotoutumisohjelmat ja monialainen yhteisty\u00f6",
                        "Kommunernas integrationsprogram och sektors\u00f6verskridande samarbete",
                        "Municipal integration programmes and multi-sectoral cooperation"),
                LocalizedText.of(
                        "Kuulemme j\u00e4rjest\u00f6j\u00e4, kuntia ja hyvinvointialueita siit\u00e4, "
                                + "miten kotoutumisohjelmia valmistellaan ja seurataan.",
                        "Vi h\u00f6r organisationer, kommuner och v\u00e4lf\u00e4rdsomr\u00e5den om hur "
                                + "integrationsprogram bereds och f\u00f6ljs upp.",
                        "We consult organisations, municipalities and wellbeing services counties on how integration "
                                + "programmes are prepared and monitored."),
                now.minus(Duration.ofDays(7)),
                now.plus(Duration.ofDays(28)),
                now);
        consultation.classify(
                Set.of(Theme.ROLE_OF_ORGANISATIONS, Theme.EMPLOYMENT_AND_EDUCATION_PATHS),
                Set.of(TargetGroup.ORGANISATIONS, TargetGroup.MUNICIPALITIES, TargetGroup.WELLBEING_SERVICES_COUNTIES));
        consultation.publish(now);
        em.persist(consultation);
        return consultation;
    }

    private Consultation closedResearchersConsultation(Instant now) {
        Consultation consultation = new Consultation(
                LocalizedText.of(
                        "Selonteko kotoutumisen edist\u00e4misen uudistamistarpeista",
                        "Redog\u00f6relse om behovet av att reformera fr\u00e4mjandet av integration",
                        "Report on the need to reform integration promotion"),
                LocalizedText.of(
                        "Terveys, hyvinvointi ja perheiden kotoutuminen",
                        "H\u00e4lsa, v\u00e4lbefinnande och familjers integration",
                        "Health, wellbeing and the integration of families"),
                LocalizedText.of(
                        "Tutkijatilaisuuden 14.9.2020 aiheista voi antaa kirjallista palautetta.",
                        "Man kan l\u00e4mna skriftlig respons p\u00e5 temana fr\u00e5n forskarm\u00f6tet 14.9.2020.",
                        "Written feedback on the topics of the researchers' event of 14 September 2020."),
                DemoTimes.at(2020, 9, 14, 16, 0),
                DemoTimes.at(2020, 9, 29, 0, 0),
                now);
        consultation.classify(
                Set.of(Theme.HEALTH_AND_WELLBEING, Theme.INTEGRATION_OF_FAMILIES),
                Set.of(TargetGroup.RESEARCHERS, TargetGroup.WELLBEING_SERVICES_COUNTIES, TargetGroup.ORGANISATIONS));
        consultation.publish(now);
        em.persist(consultation);
        return consultation;
    }
}
