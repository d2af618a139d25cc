package fi.cocreate.demo;

import fi.cocreate.common.ApplicationClock;
import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.ConsultationEvent;
import fi.cocreate.consultation.entity.EventType;
import fi.cocreate.consultation.entity.TargetGroup;
import fi.cocreate.consultation.entity.Theme;
import fi.cocreate.identity.boundary.Accounts;
import fi.cocreate.identity.control.DemoLogins;
import fi.cocreate.identity.entity.Account;
import fi.cocreate.subscription.boundary.Subscriptions;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo content for events and subscriptions ({@code DEMO_DATA=true} only, loaded once): seats, target groups and notes
 * for the 2020 consultation's events, an upcoming workshop (three weeks from now) that is full with one person
 * waiting, and a few confirmed subscribers.
 */
@Singleton
@Startup
@DependsOn("ThemeDemoData")
public class EventsDemoData {

    private static final Logger LOG = Logger.getLogger(EventsDemoData.class.getName());
    static final String SUBSCRIBER_FI = "tilaaja@demo.cocreate.fi";

    @Inject
    @ConfigProperty(name = "DEMO_DATA", defaultValue = "false")
    boolean enabled;

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Subscriptions subscriptions;

    @Inject
    Clock clock;

    @PostConstruct
    void load() {
        if (!enabled || subscriptions.findByEmail(SUBSCRIBER_FI).isPresent()) {
            return;
        }
        List<Consultation> all =
                em.createNamedQuery(Consultation.ALL, Consultation.class).getResultList();
        all.stream()
                .filter(c ->
                        c.getTitle().getEn() != null && c.getTitle().getEn().startsWith("The role of organ"))
                .findFirst()
                .ifPresent(this::loadEvents2020);
        subscriptions.createConfirmed(
                SUBSCRIBER_FI, "fi", EnumSet.of(TargetGroup.ORGANISATIONS), Theme.setOf(Theme.ROLE_OF_ORGANISATIONS));
        subscriptions.createConfirmed(
                "prenumerant@demo.cocreate.fi",
                "sv",
                EnumSet.of(TargetGroup.MUNICIPALITIES, TargetGroup.ORGANISATIONS),
                Theme.setOf(Theme.INCLUSION));
        subscriptions.createConfirmed(
                "subscriber@demo.cocreate.fi", "en", EnumSet.of(TargetGroup.RESEARCHERS), Set.of());
        LOG.info("Events demo data loaded");
    }

    private void loadEvents2020(Consultation consultation) {
        for (ConsultationEvent event : consultation.getEvents()) {
            if (event.getType() == EventType.CONSULTATION_EVENT) {
                event.describe(
                        LocalizedText.of(
                                "Etätilaisuus, jossa järjestöt kertovat näkemyksensä kotoutumisen edistämisen uudistamisesta.",
                                "Distansmöte där organisationerna berättar om sina synpunkter på reformen av "
                                        + "integrationsfrämjandet.",
                                "A remote event where organisations give their views on reforming integration promotion."),
                        EnumSet.of(TargetGroup.ORGANISATIONS, TargetGroup.IMMIGRANT_COMMUNITIES));
                event.changeCapacity(80);
                event.writeNotes(LocalizedText.of(
                        "Järjestöt toivoivat pitkäjänteistä rahoitusta ja paikkaa monialaisessa yhteistyössä.",
                        "Organisationerna önskade långsiktig finansiering och en plats i det sektorsöverskridande "
                                + "samarbetet.",
                        "Organisations asked for long-term funding and a seat in multi-sectoral cooperation."));
            } else {
                event.describe(
                        LocalizedText.of(
                                "Tutkijat keskustelevat maahanmuuttajien työmarkkina-asemasta, koulutus- ja työpoluista, "
                                        + "terveydestä ja hyvinvoinnista sekä perheiden kotoutumisesta.",
                                "Forskare diskuterar invandrares ställning på arbetsmarknaden, utbildnings- och "
                                        + "arbetsvägar, hälsa och välbefinnande samt familjers integration.",
                                "Researchers discuss the labour market position of immigrants, employment and education "
                                        + "paths, health and wellbeing, and the integration of families."),
                        EnumSet.of(TargetGroup.RESEARCHERS));
                event.changeCapacity(40);
                event.writeNotes(LocalizedText.of(
                        "Keskustelussa korostui kotoutumisen seurannan ja tutkimustiedon käyttö.",
                        "I diskussionen betonades uppföljningen av integrationen och användningen av forskningsdata.",
                        "The discussion stressed following up integration and using research data."));
            }
        }
        ZonedDateTime start = ZonedDateTime.now(clock)
                .plusWeeks(3)
                .with(LocalTime.of(13, 0))
                .withZoneSameLocal(ApplicationClock.ZONE);
        ConsultationEvent workshop = consultation.addEvent(
                EventType.WORKSHOP,
                LocalizedText.of(
                        "Työpaja: järjestöt ja kunnat yhdessä",
                        "Workshop: organisationer och kommuner " + "tillsammans",
                        "Workshop: organisations and municipalities together"),
                start.toInstant(),
                start.plusHours(3).toInstant(),
                "Eteläesplanadi 4, Helsinki",
                null);
        workshop.describe(
                LocalizedText.of(
                        "Ideoimme yhdessä, miten järjestöt ja kunnat voivat tehdä yhteistyötä.",
                        "Vi funderar tillsammans på hur organisationer och kommuner kan samarbeta.",
                        "Together we work out how organisations and municipalities can cooperate."),
                EnumSet.of(TargetGroup.ORGANISATIONS, TargetGroup.MUNICIPALITIES));
        workshop.changeCapacity(2);
        for (DemoLogins.Login login : List.of(DemoLogins.ORG_REP, DemoLogins.APPLICANT, DemoLogins.PANELIST)) {
            accounts.findByEmail(login.email()).ifPresent(account -> register(workshop, account));
        }
    }

    private void register(ConsultationEvent event, Account account) {
        event.register(account.getId(), account.getDisplayName(), account.getEmail(), "Demo ry", "en", clock.instant());
    }
}
