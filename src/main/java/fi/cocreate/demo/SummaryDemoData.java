package fi.cocreate.demo;

import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.entity.Citation;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.ConsultationSummary;
import fi.cocreate.consultation.entity.MilestoneKind;
import fi.cocreate.consultation.entity.MilestoneStatus;
import fi.cocreate.consultation.entity.Passage;
import fi.cocreate.consultation.entity.Proposal;
import fi.cocreate.consultation.entity.ProposalReaction;
import fi.cocreate.consultation.entity.Question;
import fi.cocreate.consultation.entity.ReportProcess;
import fi.cocreate.consultation.entity.Response;
import fi.cocreate.consultation.entity.ResponseModeration;
import fi.cocreate.consultation.entity.SummarySection;
import fi.cocreate.consultation.entity.SummaryStatement;
import fi.cocreate.consultation.entity.Theme;
import fi.cocreate.consultation.entity.ThemeTag;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo moderation and summary of the 2020 consultation on the role of organisations ({@code DEMO_DATA=true} only,
 * loaded once): its responses moderated and tagged, a published summary with citations, and the progress timeline of
 * the integration report (spring 2020 workshops, the September 2020 consultations, the summary, submission to
 * Parliament in February 2021). Historical data, so no mails are sent for it.
 */
@Singleton
@Startup
@DependsOn("ConsultationDemoData")
public class SummaryDemoData {

    private static final Logger LOG = Logger.getLogger(SummaryDemoData.class.getName());
    private static final String STAFF = "staff@demo.cocreate.fi";

    @Inject
    @ConfigProperty(name = "DEMO_DATA", defaultValue = "false")
    boolean enabled;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void load() {
        if (!enabled
                || !em.createNamedQuery(ReportProcess.ALL, ReportProcess.class)
                        .getResultList()
                        .isEmpty()) {
            return;
        }
        List<Consultation> all =
                em.createNamedQuery(Consultation.ALL, Consultation.class).getResultList();
        Consultation roleOfOrganisations = byEnglishTitle(all, "The role of organisations in integration work");
        if (roleOfOrganisations == null) {
            return;
        }
        moderateAndSummarise(roleOfOrganisations);
        loadTimeline(roleOfOrganisations, byEnglishTitle(all, "Health, wellbeing and the integration of families"));
        LOG.info("Summary demo data loaded");
    }

    private void moderateAndSummarise(Consultation consultation) {
        Map<String, Response> byOrganisation = em.createNamedQuery(Response.SUBMITTED_OF_CONSULTATION, Response.class)
                .setParameter("consultationId", consultation.getId())
                .getResultStream()
                .collect(Collectors.toMap(r -> r.getOrganisation().getName(), Function.identity()));
        Response association = byOrganisation.get(ConsultationDemoData.DEMO_ORGANISATION);
        Response city = byOrganisation.get("Esimerkkil\u00e4n kaupunki");
        Response college = byOrganisation.get("Monikielinen kansanopisto");
        if (association == null || city == null || college == null) {
            return;
        }
        Instant moderated = DemoTimes.at(2020, 9, 24, 10, 0);
        moderation(association, moderated).accept(moderated, STAFF);
        // The city named its coordinator: that passage is removed from the public text, the rest stays.
        ResponseModeration cityModeration = moderation(city, moderated);
        cityModeration.accept(moderated, STAFF);
        cityModeration.redactPassage(
                consultation.getQuestions().get(0),
                "Maija Esimerkki, p. 040 123 0000",
                "Yksityishenkil\u00f6n nimi ja puhelinnumero",
                moderated,
                STAFF);
        // The college did not consent to publication: accepted, but never shown to the public.
        moderation(college, moderated).accept(moderated, STAFF);

        Passage funding = new Passage(
                association,
                consultation.getQuestions().get(0),
                "Pitk\u00e4j\u00e4nteinen rahoitus on edellytys monialaiselle yhteisty\u00f6lle.",
                moderated);
        em.persist(funding);
        em.persist(new ThemeTag(funding, Theme.ROLE_OF_ORGANISATIONS));
        em.persist(new ThemeTag(association, Theme.INCLUSION));
        em.persist(new ThemeTag(city, Theme.ROLE_OF_ORGANISATIONS));
        em.persist(new ThemeTag(college, Theme.EMPLOYMENT_AND_EDUCATION_PATHS));

        ConsultationSummary summary = new ConsultationSummary(consultation, moderated);
        em.persist(summary);
        SummaryStatement reach = summary.addStatement(
                SummarySection.FEEDBACK,
                Theme.ROLE_OF_ORGANISATIONS,
                LocalizedText.of(
                        "J\u00e4rjest\u00f6t tavoittavat ihmisi\u00e4, joita viranomaiset eiv\u00e4t tavoita, "
                                + "ja ne tarvitsevat pitk\u00e4j\u00e4nteist\u00e4 rahoitusta ollakseen kumppaneita.",
                        "Organisationerna n\u00e5r m\u00e4nniskor som myndigheterna inte n\u00e5r och beh\u00f6ver "
                                + "l\u00e5ngsiktig finansiering f\u00f6r att vara partner.",
                        "Organisations reach people whom the authorities do not reach, and they need long-term "
                                + "funding to act as partners."));
        SummaryStatement language = summary.addStatement(
                SummarySection.FEEDBACK,
                Theme.EMPLOYMENT_AND_EDUCATION_PATHS,
                LocalizedText.of(
                        "Kielikoulutusta ehdotettiin j\u00e4rjestett\u00e4v\u00e4ksi ty\u00f6n ohessa yhdess\u00e4 "
                                + "oppilaitosten kanssa.",
                        "Det f\u00f6reslogs att spr\u00e5kutbildning ordnas vid sidan av arbetet tillsammans med "
                                + "l\u00e4roanstalter.",
                        "Language training alongside work, together with educational institutions, was proposed."));
        summary.addStatement(
                SummarySection.EVENT_DISCUSSION,
                Theme.ROLE_OF_ORGANISATIONS,
                LocalizedText.of(
                        "Tilaisuuteen osallistui noin 50 j\u00e4rjest\u00f6\u00e4. Keskusteltiin j\u00e4rjest\u00f6jen "
                                + "suuremmasta roolista kotoutumisty\u00f6ss\u00e4 ja monialaisen yhteisty\u00f6n "
                                + "kehitt\u00e4misest\u00e4.",
                        "Cirka 50 organisationer deltog. Man diskuterade en st\u00f6rre roll f\u00f6r organisationerna i "
                                + "integrationsarbetet och utvecklingen av sektors\u00f6verskridande samarbete.",
                        "Some 50 organisations took part. Participants discussed a bigger role for organisations in "
                                + "integration work and developing multi-sectoral cooperation."));
        em.flush();
        em.persist(new Citation(reach, association, funding));
        em.persist(new Citation(reach, city, null));
        em.persist(new Citation(language, college, null));
        proposals(consultation, association, city, college, DemoTimes.at(2020, 10, 1, 9, 0));
        summary.publish(DemoTimes.at(2020, 10, 2, 12, 0));
    }

    /** The proposals staff marked in the three responses and the ministry's answers (the college's is not public). */
    private void proposals(
            Consultation consultation, Response association, Response city, Response college, Instant at) {
        Question first = consultation.getQuestions().get(0);
        answered(
                association,
                first,
                "Pitk\u00e4j\u00e4nteinen rahoitus on edellytys monialaiselle yhteisty\u00f6lle.",
                ProposalReaction.PARTLY_ADOPTED,
                "Selonteko esitt\u00e4\u00e4 j\u00e4rjest\u00f6jen rahoituksen "
                        + "vakauttamista; monivuotisesta rahoituksesta p\u00e4\u00e4tet\u00e4\u00e4n talousarviossa.",
                at);
        answered(
                city,
                first,
                "Kunnan kotoutumisohjelmassa j\u00e4rjest\u00f6t ovat kumppaneita.",
                ProposalReaction.ADOPTED,
                null,
                at);
        answered(
                city,
                first,
                "Ehdotamme valtakunnallista yhteisty\u00f6mallia.",
                ProposalReaction.NOT_ADOPTED,
                "Alueelliset erot ovat tarkoituksenmukaisia; selonteko suosittaa alueellisia malleja.",
                at);
        answered(
                college,
                first,
                "Oppilaitokset ja j\u00e4rjest\u00f6t voisivat yhdess\u00e4 tarjota "
                        + "kielikoulutusta ty\u00f6n ohessa.",
                ProposalReaction.ADOPTED,
                null,
                at);
    }

    private void answered(
            Response response, Question question, String text, ProposalReaction reaction, String reason, Instant at) {
        Proposal proposal = new Proposal(response, question, text, at, STAFF);
        proposal.answer(reaction, reason, null, at, STAFF);
        em.persist(proposal);
    }

    private void loadTimeline(Consultation roleOfOrganisations, Consultation researchers) {
        ReportProcess report = new ReportProcess(
                LocalizedText.of(
                        "Selonteko kotoutumisen edist\u00e4misen uudistamistarpeista",
                        "Redog\u00f6relse om behovet av att reformera fr\u00e4mjandet av integration",
                        "Report on the need to reform integration promotion"),
                clock.instant());
        report.addMilestone(
                MilestoneKind.WORKSHOP,
                LocalizedText.of(
                        "Kev\u00e4\u00e4n 2020 ty\u00f6pajat oppilaitoksille, kunnille ja viranomaisille",
                        "Workshopparna v\u00e5ren 2020 f\u00f6r l\u00e4roanstalter, kommuner och myndigheter",
                        "Spring 2020 workshops with educational institutions, municipalities and authorities"),
                LocalDate.of(2020, 4, 1),
                MilestoneStatus.DONE);
        report.addMilestone(
                MilestoneKind.SUBMISSION_TO_PARLIAMENT,
                LocalizedText.of(
                        "Selonteko annetaan eduskunnalle (helmikuu 2021)",
                        "Redog\u00f6relsen l\u00e4mnas till riksdagen (februari 2021)",
                        "The report is submitted to Parliament (February 2021)"),
                LocalDate.of(2021, 2, 1),
                MilestoneStatus.PLANNED);
        report.include(roleOfOrganisations);
        if (researchers != null) {
            report.include(researchers);
        }
        em.persist(report);
    }

    private ResponseModeration moderation(Response response, Instant at) {
        ResponseModeration moderation = new ResponseModeration(response, at, STAFF);
        em.persist(moderation);
        return moderation;
    }

    private static Consultation byEnglishTitle(List<Consultation> all, String title) {
        return all.stream()
                .filter(c -> title.equals(c.getTitle().getEn()))
                .findFirst()
                .orElse(null);
    }
}
