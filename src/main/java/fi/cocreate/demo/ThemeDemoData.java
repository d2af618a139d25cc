package fi.cocreate.demo;

import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.boundary.Responses;
import fi.cocreate.consultation.entity.AnswerInput;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.ConsultationEvent;
import fi.cocreate.consultation.entity.ConsultationTheme;
import fi.cocreate.consultation.entity.EventType;
import fi.cocreate.consultation.entity.Organisation;
import fi.cocreate.consultation.entity.OrganisationType;
import fi.cocreate.consultation.entity.Passage;
import fi.cocreate.consultation.entity.QuestionType;
import fi.cocreate.consultation.entity.Response;
import fi.cocreate.consultation.entity.ResponseChannel;
import fi.cocreate.consultation.entity.ResponseModeration;
import fi.cocreate.consultation.entity.TargetGroup;
import fi.cocreate.consultation.entity.Theme;
import fi.cocreate.consultation.entity.ThemeTag;
import fi.cocreate.demo.DemoPassages.CodedPassage;
import fi.cocreate.identity.boundary.Accounts;
import fi.cocreate.identity.control.DemoLogins;
import fi.cocreate.identity.entity.Account;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo data of the theme suggestions ({@code DEMO_DATA=true} only, loaded once): a closed consultation with the seven
 * themes and {@value #RESPONSES} statements that staff entered from email, each made of about nine of the coded demo
 * passages ({@link DemoPassages}) in one language. Every passage is quoted; those of all but the last
 * {@value #UNCODED_PER_LANGUAGE} statements of each language are coded with their themes, so the uncoded ones show
 * the suggestions learnt from the coded ones on the moderation pages.
 */
@Singleton
@Startup
@DependsOn("SummaryDemoData")
public class ThemeDemoData {

    static final String TITLE_EN = "Statements on the integration programme, 2021";
    static final int RESPONSES = 36;
    static final int UNCODED_PER_LANGUAGE = 2;
    private static final Logger LOG = Logger.getLogger(ThemeDemoData.class.getName());
    private static final List<String> LANGUAGES = List.of("fi", "sv", "en");
    private static final List<String> FI_NAMES = List.of(
            "Monikulttuurinen naisyhdistys ry",
            "Itä-Suomen kotoutumisen tuki ry",
            "Kielikahvila Kaisla ry",
            "Lounais-Suomen yrittäjät ry",
            "Pakolaisapu Pohjoinen ry",
            "Perhetalo Aurinko ry",
            "Nuorten Polku ry",
            "Yhdessä urheillen ry",
            "Keski-Suomen maahanmuuttajayhdistys ry",
            "Asukastalo Kohtaamo ry",
            "Terveyttä kaikille ry",
            "Kotiseudun vapaaehtoiset ry");
    private static final List<String> SV_NAMES = List.of(
            "Föreningen Nya Vänner rf",
            "Integrationsforum Österbotten rf",
            "Svenska studieförbundet rf",
            "Familjecentret Fyren rf",
            "Ungdomsföreningen Bron rf",
            "Företagarna i Västnyland rf",
            "Hälsa för alla rf",
            "Kvinnonätverket Väven rf",
            "Idrottsklubben Tillsammans rf",
            "Föreningen Språkvän rf",
            "Flyktinghjälpen Norr rf",
            "Kulturföreningen Mosaik rf");
    private static final List<String> EN_NAMES = List.of(
            "International Families Network",
            "Newcomers' Employment Forum",
            "Helsinki Expat Association",
            "Migrant Health Alliance",
            "Youth Without Borders Finland",
            "Interfaith Dialogue Circle",
            "Civic Integration Network",
            "Skilled Migrants Guild",
            "Neighbourhood Welcome Club",
            "Parents Together Association",
            "Open Doors Volunteers",
            "Refugee Support Coalition");

    @Inject
    @ConfigProperty(name = "DEMO_DATA", defaultValue = "false")
    boolean enabled;

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void load() {
        if (!enabled
                || em.createNamedQuery(Consultation.ALL, Consultation.class)
                        .getResultStream()
                        .anyMatch(c -> TITLE_EN.equals(c.getTitle().getEn()))) {
            return;
        }
        Account staff = accounts.findByEmail(DemoLogins.STAFF.email()).orElse(null);
        if (staff == null) {
            return;
        }
        Instant opens = DemoTimes.at(2021, 3, 1, 9, 0);
        Consultation consultation = new Consultation(
                LocalizedText.of(
                        "Valtion kotoutumisohjelma 2021",
                        "Statens integrationsprogram 2021",
                        "Government integration programme 2021"),
                LocalizedText.of(
                        "Lausunnot kotoutumisohjelmasta 2021", "Utlåtanden om integrationsprogrammet 2021", TITLE_EN),
                LocalizedText.of(
                        "Järjestöjen ja yhteisöjen kirjalliset lausunnot kotoutumisohjelman luonnoksesta.",
                        "Organisationernas och samfundens skriftliga utlåtanden om utkastet till integrationsprogram.",
                        "Written statements of organisations and communities on the draft integration programme."),
                opens,
                DemoTimes.at(2021, 4, 15, 16, 0),
                opens);
        consultation.classify(Theme.seed(), Set.of(TargetGroup.ORGANISATIONS, TargetGroup.IMMIGRANT_COMMUNITIES));
        consultation.addQuestion(
                QuestionType.FREE_TEXT,
                LocalizedText.of(
                        "Lausuntonne kotoutumisohjelmasta",
                        "Ert utlåtande om integrationsprogrammet",
                        "Your statement on the integration programme"),
                10000,
                List.of(),
                null,
                null);
        consultation.publish(opens);
        em.persist(consultation);
        em.flush();
        List<CodedPassage> all = DemoPassages.all();
        int perLanguage = RESPONSES / LANGUAGES.size();
        Instant arrived = DemoTimes.at(2021, 3, 10, 12, 0);
        int n = 0;
        for (String language : LANGUAGES) {
            List<CodedPassage> passages =
                    all.stream().filter(p -> language.equals(p.language())).toList();
            List<String> names = language.equals("fi") ? FI_NAMES : language.equals("sv") ? SV_NAMES : EN_NAMES;
            for (int i = 0; i < perLanguage; i++) {
                // Every perLanguage-th passage, so each statement mixes themes as real statements do.
                List<CodedPassage> own = new ArrayList<>();
                for (int k = i; k < passages.size(); k += perLanguage) {
                    own.add(passages.get(k));
                }
                boolean coded = i < perLanguage - UNCODED_PER_LANGUAGE;
                statement(
                        consultation, staff, names.get(i), 100 + n, own, coded, arrived.plus(Duration.ofHours(7L * n)));
                n++;
            }
        }
        ownThemesAndWorkshop(consultation, staff);
        LOG.info("Theme suggestion demo data loaded");
    }

    private void statement(
            Consultation consultation,
            Account staff,
            String name,
            int number,
            List<CodedPassage> passages,
            boolean coded,
            Instant arrived) {
        Organisation organisation =
                new Organisation(name, null, "240." + number, OrganisationType.ASSOCIATION, arrived);
        organisation.verify(staff, arrived);
        em.persist(organisation);
        Response response = Response.received(consultation, organisation, staff, arrived);
        em.persist(response);
        em.flush();
        String text = String.join(" ", passages.stream().map(CodedPassage::text).toList());
        long questionId = consultation.getQuestions().get(0).getId();
        var submitted = response.enterReceived(
                List.of(AnswerInput.text(questionId, text)),
                false,
                staff,
                ResponseChannel.EMAIL,
                arrived,
                arrived,
                id -> Responses.reference(consultation.getId(), id));
        submitted.recordDigest(
                fi.cocreate.consultation.control.ResponseDigest.ofVersion(consultation.getId(), submitted, List.of()));
        for (CodedPassage p : passages) {
            Passage passage = new Passage(response, consultation.getQuestions().get(0), p.text(), arrived);
            em.persist(passage);
            if (coded) {
                p.themes().forEach(t -> em.persist(new ThemeTag(passage, t)));
            }
        }
    }

    /**
     * The consultation's own themes beside the seven, and the notes of its workshop entered as feedback: moderated,
     * coded with an own theme (whole and in a passage) and a seed theme, as staff would on the pages.
     */
    private void ownThemesAndWorkshop(Consultation consultation, Account staff) {
        Instant defined = DemoTimes.at(2021, 3, 2, 10, 0);
        List<String> taken = new ArrayList<>();
        ResourceBundle finnish = ResourceBundle.getBundle(
                "i18n.consultation", Locale.forLanguageTag("fi"), ThemeDemoData.class.getClassLoader());
        for (Theme t : Theme.values()) {
            taken.add(finnish.getString(t.labelKey()));
        }
        ConsultationTheme language = new ConsultationTheme(
                consultation,
                "Kielikoulutus ty\u00f6n ohessa",
                "Spr\u00e5kutbildning vid sidan av arbetet",
                "Language training alongside work",
                taken,
                staff.getEmail(),
                defined);
        em.persist(language);
        taken.add(language.getLabel().getFi());
        ConsultationTheme funding = new ConsultationTheme(
                consultation,
                "J\u00e4rjest\u00f6jen rahoitus",
                "Finansiering av organisationer",
                "Funding of organisations",
                taken,
                staff.getEmail(),
                defined);
        em.persist(funding);

        Instant starts = DemoTimes.at(2021, 3, 24, 13, 0);
        ConsultationEvent workshop = consultation.addEvent(
                EventType.WORKSHOP,
                LocalizedText.of(
                        "Ty\u00f6paja: kotoutumisohjelman luonnos",
                        "Workshop: utkastet till integrationsprogrammet",
                        "Workshop: the draft integration programme"),
                starts,
                starts.plus(Duration.ofHours(3)),
                "Valtioneuvoston konferenssikeskus, Helsinki",
                null);
        em.flush();
        Instant entered = DemoTimes.at(2021, 3, 25, 9, 30);
        Response output = Response.eventOutput(consultation, workshop, staff, entered);
        em.persist(output);
        em.flush();
        long questionId = consultation.getQuestions().get(0).getId();
        String notes = "Ryhm\u00e4t toivoivat, ett\u00e4 kielikoulutusta j\u00e4rjestett\u00e4isiin ty\u00f6n"
                + " ohessa ty\u00f6paikoilla. J\u00e4rjest\u00f6t tarvitsevat monivuotista rahoitusta, jotta"
                + " vertaisohjaajat voivat jatkaa ty\u00f6t\u00e4\u00e4n. Kuntien ja j\u00e4rjest\u00f6jen"
                + " yhteisty\u00f6st\u00e4 sovitaan kirjallisesti.";
        var submitted = output.submitEventOutput(
                List.of(AnswerInput.text(questionId, notes)),
                true,
                staff,
                entered,
                id -> Responses.reference(consultation.getId(), id));
        submitted.recordDigest(
                fi.cocreate.consultation.control.ResponseDigest.ofVersion(consultation.getId(), submitted, List.of()));
        em.persist(moderationOf(output, entered, staff));
        em.persist(new ThemeTag(output, language.theme()));
        em.persist(new ThemeTag(output, Theme.ROLE_OF_ORGANISATIONS));
        Passage passage = new Passage(
                output,
                consultation.getQuestions().get(0),
                "J\u00e4rjest\u00f6t tarvitsevat"
                        + " monivuotista rahoitusta, jotta vertaisohjaajat voivat jatkaa ty\u00f6t\u00e4\u00e4n.",
                entered);
        em.persist(passage);
        em.persist(new ThemeTag(passage, funding.theme()));
    }

    private static ResponseModeration moderationOf(Response response, Instant at, Account staff) {
        ResponseModeration moderation = new ResponseModeration(response, at, staff.getEmail());
        moderation.accept(at, staff.getEmail());
        return moderation;
    }
}
