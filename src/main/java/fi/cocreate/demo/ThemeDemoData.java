package fi.cocreate.demo;

import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.boundary.Responses;
import fi.cocreate.consultation.entity.AnswerInput;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.Organisation;
import fi.cocreate.consultation.entity.OrganisationType;
import fi.cocreate.consultation.entity.Passage;
import fi.cocreate.consultation.entity.QuestionType;
import fi.cocreate.consultation.entity.Response;
import fi.cocreate.consultation.entity.ResponseChannel;
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
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final List<String> LANGUAGES = List.of("fi", "sv", "en");
    private static final List<String> FI_NAMES = List.of("Monikulttuurinen naisyhdistys ry",
            "Itä-Suomen kotoutumisen tuki ry", "Kielikahvila Kaisla ry", "Lounais-Suomen yrittäjät ry",
            "Pakolaisapu Pohjoinen ry", "Perhetalo Aurinko ry", "Nuorten Polku ry", "Yhdessä urheillen ry",
            "Keski-Suomen maahanmuuttajayhdistys ry", "Asukastalo Kohtaamo ry", "Terveyttä kaikille ry",
            "Kotiseudun vapaaehtoiset ry");
    private static final List<String> SV_NAMES = List.of("Föreningen Nya Vänner rf", "Integrationsforum Österbotten rf",
            "Svenska studieförbundet rf", "Familjecentret Fyren rf", "Ungdomsföreningen Bron rf",
            "Företagarna i Västnyland rf", "Hälsa för alla rf", "Kvinnonätverket Väven rf", "Idrottsklubben Tillsammans rf",
            "Föreningen Språkvän rf", "Flyktinghjälpen Norr rf", "Kulturföreningen Mosaik rf");
    private static final List<String> EN_NAMES = List.of("International Families Network", "Newcomers' Employment Forum",
            "Helsinki Expat Association", "Migrant Health Alliance", "Youth Without Borders Finland",
            "Interfaith Dialogue Circle", "Civic Integration Network", "Skilled Migrants Guild",
            "Neighbourhood Welcome Club", "Parents Together Association", "Open Doors Volunteers",
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
        if (!enabled || em.createNamedQuery(Consultation.ALL, Consultation.class).getResultStream()
                .anyMatch(c -> TITLE_EN.equals(c.getTitle().getEn()))) {
            return;
        }
        Account staff = accounts.findByEmail(DemoLogins.STAFF.email()).orElse(null);
        if (staff == null) {
            return;
        }
        Instant opens = at(2021, 3, 1, 9, 0);
        Consultation consultation = new Consultation(LocalizedText.of(
                "Valtion kotoutumisohjelma 2021", "Statens integrationsprogram 2021",
                "Government integration programme 2021"),
                LocalizedText.of("Lausunnot kotoutumisohjelmasta 2021", "Utlåtanden om integrationsprogrammet 2021",
                        TITLE_EN),
                LocalizedText.of("Järjestöjen ja yhteisöjen kirjalliset lausunnot kotoutumisohjelman luonnoksesta.",
                        "Organisationernas och samfundens skriftliga utlåtanden om utkastet till integrationsprogram.",
                        "Written statements of organisations and communities on the draft integration programme."),
                opens, at(2021, 4, 15, 16, 0), opens);
        consultation.classify(Theme.seed(), Set.of(TargetGroup.ORGANISATIONS,
                TargetGroup.IMMIGRANT_COMMUNITIES));
        consultation.addQuestion(QuestionType.FREE_TEXT, LocalizedText.of("Lausuntonne kotoutumisohjelmasta",
                "Ert utlåtande om integrationsprogrammet", "Your statement on the integration programme"), 10000,
                List.of(), null, null);
        consultation.publish(opens);
        em.persist(consultation);
        em.flush();
        List<CodedPassage> all = DemoPassages.all();
        int perLanguage = RESPONSES / LANGUAGES.size();
        Instant arrived = at(2021, 3, 10, 12, 0);
        int n = 0;
        for (String language : LANGUAGES) {
            List<CodedPassage> passages = all.stream().filter(p -> language.equals(p.language())).toList();
            List<String> names = language.equals("fi") ? FI_NAMES : language.equals("sv") ? SV_NAMES : EN_NAMES;
            for (int i = 0; i < perLanguage; i++) {
                // Every perLanguage-th passage, so each statement mixes themes as real statements do.
                List<CodedPassage> own = new ArrayList<>();
                for (int k = i; k < passages.size(); k += perLanguage) {
                    own.add(passages.get(k));
                }
                boolean coded = i < perLanguage - UNCODED_PER_LANGUAGE;
                statement(consultation, staff, names.get(i), 100 + n, own, coded,
                        arrived.plus(Duration.ofHours(7L * n)));
                n++;
            }
        }
        LOG.info("Theme suggestion demo data loaded");
    }

    private void statement(Consultation consultation, Account staff, String name, int number,
            List<CodedPassage> passages, boolean coded, Instant arrived) {
        Organisation organisation = new Organisation(name, null, "240." + number, OrganisationType.ASSOCIATION,
                arrived);
        organisation.verify(staff, arrived);
        em.persist(organisation);
        Response response = Response.received(consultation, organisation, staff, arrived);
        em.persist(response);
        em.flush();
        String text = String.join(" ", passages.stream().map(CodedPassage::text).toList());
        long questionId = consultation.getQuestions().get(0).getId();
        var submitted = response.enterReceived(List.of(AnswerInput.text(questionId, text)), false, staff,
                ResponseChannel.EMAIL, arrived, arrived, id -> Responses.reference(consultation.getId(), id));
        submitted.recordDigest(fi.cocreate.consultation.control.ResponseDigest.ofVersion(consultation.getId(),
                submitted, List.of()));
        for (CodedPassage p : passages) {
            Passage passage = new Passage(response, consultation.getQuestions().get(0), p.text(), arrived);
            em.persist(passage);
            if (coded) {
                p.themes().forEach(t -> em.persist(new ThemeTag(passage, t)));
            }
        }
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(HELSINKI).toInstant();
    }
}
