package fi.cocreate.demo;

import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.boundary.Consultations;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.EventType;
import fi.cocreate.forum.boundary.ForumCalls;
import fi.cocreate.forum.entity.ForumCall;
import fi.cocreate.identity.boundary.Accounts;
import fi.cocreate.identity.control.DemoLogins;
import fi.cocreate.identity.entity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo data for the embedded default only ({@code DEMO_DATA=true}, set by the dev launcher; never in production):
 * a login per role and content drawn from the seed texts, loaded once into an empty database.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "DEMO_DATA", defaultValue = "false")
    boolean enabled;

    @Inject
    Accounts accounts;

    @Inject
    Consultations consultations;

    @Inject
    ForumCalls calls;

    @Inject
    Clock clock;

    @PostConstruct
    void load() {
        if (!enabled || accounts.findByEmail(DemoLogins.ADMIN.email()).isPresent()) {
            return;
        }
        String hash = accounts.hashPassword(DemoLogins.PASSWORD);
        for (DemoLogins.Login login : DemoLogins.ALL) {
            List<Role> roles = login.role() == Role.ADMIN ? List.of(Role.ADMIN, Role.STAFF) : List.of(login.role());
            accounts.createWithHash(login.email(), login.name(), hash, "en", roles, true);
        }
        loadIntegrationReport2020();
        loadNordicForumCall2021();
        LOG.info("Demo data loaded");
    }

    private void loadIntegrationReport2020() {
        LocalizedText process = LocalizedText.of(
                "Selonteko kotoutumisen edist\u00e4misen uudistamistarpeista",
                "Redog\u00f6relse om behovet av att reformera fr\u00e4mjandet av integration",
                "Report on the need to reform integration promotion");
        Consultation consultation = new Consultation(
                process,
                LocalizedText.of(
                        "J\u00e4rjest\u00f6jen rooli kotoutumisty\u00f6ss\u00e4",
                        "Organisationernas roll i integrationsarbetet",
                        "The role of organisations in integration work"),
                LocalizedText.of(
                        "Kuulemistilaisuudessa keskusteltiin mahdollisuuksista antaa j\u00e4rjest\u00f6ille suurempi rooli "
                                + "kotoutumisen edist\u00e4misess\u00e4 ja monialaisen yhteisty\u00f6n kehitt\u00e4misess\u00e4. "
                                + "Osallistujat voivat antaa kirjallista palautetta 21.9. asti.",
                        "P\u00e5 samr\u00e5dsm\u00f6tet diskuterades m\u00f6jligheterna att ge organisationerna en st\u00f6rre "
                                + "roll i integrationsfr\u00e4mjandet och i utvecklingen av sektors\u00f6verskridande "
                                + "samarbete. Deltagarna kan l\u00e4mna skriftlig respons till 21.9.",
                        "The consultation discussed giving organisations a bigger role in integration promotion work "
                                + "and in developing multi-sectoral cooperation. Participants may give written "
                                + "feedback and comments until 21 September."),
                DemoTimes.at(2020, 9, 11, 9, 0),
                DemoTimes.at(2020, 9, 22, 0, 0),
                clock.instant());
        consultation.addEvent(
                EventType.CONSULTATION_EVENT,
                LocalizedText.of(
                        "Kuulemistilaisuus j\u00e4rjest\u00f6ille",
                        "Samr\u00e5dsm\u00f6te f\u00f6r organisationer",
                        "Consultation event for organisations"),
                DemoTimes.at(2020, 9, 11, 9, 0),
                DemoTimes.at(2020, 9, 11, 12, 0),
                null,
                "https://meet.example.org/organisations");
        consultation.addEvent(
                EventType.RESEARCHERS_EVENT,
                LocalizedText.of("Tutkijatilaisuus", "Forskarm\u00f6te", "Event for researchers"),
                DemoTimes.at(2020, 9, 14, 13, 0),
                DemoTimes.at(2020, 9, 14, 16, 0),
                null,
                "https://meet.example.org/researchers");
        consultation.publish(clock.instant());
        consultations.create(consultation);
    }

    private void loadNordicForumCall2021() {
        calls.create(new ForumCall(
                LocalizedText.of(
                        "Pohjoismainen foorumi maahanmuuttajataustaisille asiantuntijoille",
                        "Nordiskt forum f\u00f6r experter med migrationsbakgrund",
                        "Nordic forum for experts with migrant background"),
                LocalizedText.of(
                        "Pohjoismaiden ministerineuvosto etsii maahanmuuttajataustaisia asiantuntijoita "
                                + "kotoutumiseen keskittyv\u00e4\u00e4n foorumiin.",
                        "Nordiska ministerr\u00e5det s\u00f6ker experter med migrationsbakgrund till ett forum om "
                                + "integration.",
                        "The Nordic Council of Ministers is looking for experts with migrant background to "
                                + "participate in a forum focusing on integration. The expert group meets remotely "
                                + "twice a year."),
                DemoTimes.at(2021, 7, 1, 0, 0),
                DemoTimes.at(2021, 9, 1, 0, 0),
                20,
                clock.instant()));
    }
}
