package fi.cocreate.consultation;

import static fi.cocreate.testing.ActingCaller.acting;
import static fi.cocreate.testing.ActingCaller.asStaff;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fi.cocreate.audit.boundary.AuditLog;
import fi.cocreate.audit.entity.AuditAction;
import fi.cocreate.common.AccessDenied;
import fi.cocreate.common.BusinessException;
import fi.cocreate.common.LocalizedText;
import fi.cocreate.common.NotFound;
import fi.cocreate.consultation.boundary.Campaigns;
import fi.cocreate.consultation.boundary.CitableSource;
import fi.cocreate.consultation.boundary.EnteredResponses;
import fi.cocreate.consultation.boundary.ModeratedResponses;
import fi.cocreate.consultation.boundary.Moderation;
import fi.cocreate.consultation.boundary.ModerationOverview;
import fi.cocreate.consultation.boundary.ModerationRow;
import fi.cocreate.consultation.boundary.ModerationSort;
import fi.cocreate.consultation.boundary.PublicCitation;
import fi.cocreate.consultation.boundary.PublicResponse;
import fi.cocreate.consultation.boundary.PublicSummaries;
import fi.cocreate.consultation.boundary.PublishedSummary;
import fi.cocreate.consultation.boundary.ReportProcesses;
import fi.cocreate.consultation.boundary.Responses;
import fi.cocreate.consultation.boundary.Summaries;
import fi.cocreate.consultation.boundary.SummaryCoverage;
import fi.cocreate.consultation.boundary.SummaryDownloads;
import fi.cocreate.consultation.control.ModerationFilter;
import fi.cocreate.consultation.control.TimelineEntry;
import fi.cocreate.consultation.entity.AnswerInput;
import fi.cocreate.consultation.entity.ConsultationSummary;
import fi.cocreate.consultation.entity.MilestoneKind;
import fi.cocreate.consultation.entity.MilestoneStatus;
import fi.cocreate.consultation.entity.ModerationState;
import fi.cocreate.consultation.entity.OrganisationType;
import fi.cocreate.consultation.entity.Passage;
import fi.cocreate.consultation.entity.ReportProcess;
import fi.cocreate.consultation.entity.SummarySection;
import fi.cocreate.consultation.entity.SummaryStatement;
import fi.cocreate.consultation.entity.Theme;
import fi.cocreate.identity.boundary.Accounts;
import fi.cocreate.identity.control.DemoLogins;
import fi.cocreate.identity.entity.Account;
import fi.cocreate.identity.entity.Role;
import fi.cocreate.mail.entity.OutboxMail;
import fi.cocreate.testing.ActingCaller;
import fi.cocreate.testing.Deployments;
import fi.cocreate.testing.PageClient;
import fi.cocreate.testing.SummaryPublishedRecorder;
import fi.cocreate.testing.TestAccounts;
import fi.cocreate.testing.TestClockProducer;
import fi.cocreate.testing.browser.ServerSide;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Moderation, summaries and the public side against the real database, in the container: boundaries called as staff
 * (see {@code ActingCaller}), the clock moved across the deadline. Each test builds its own fixture consultation
 * ({@link #fixture}, {@link #moderated}, {@link #published}), so the tests run in any order; those that check it
 * through the pages and the API do so over HTTP from the container. The tests on the demo data run as a client.
 */
@ExtendWith(ArquillianExtension.class)
class ConsultationSummaryIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app().addClass(SummaryFixture.class);
    }

    @Inject
    Moderation moderation;

    @Inject
    ModeratedResponses moderatedResponses;

    @Inject
    Summaries summaries;

    @Inject
    fi.cocreate.consultation.boundary.OwnThemes ownThemes;

    @Inject
    fi.cocreate.consultation.boundary.Proposals proposals;

    @Inject
    Campaigns campaigns;

    @Inject
    AuditLog audit;

    @Inject
    fi.cocreate.consultation.boundary.Organisations organisations;

    @Inject
    Responses responses;

    @Inject
    EnteredResponses enteredResponses;

    @Inject
    PublicSummaries publicSummaries;

    @Inject
    fi.cocreate.consultation.boundary.PublicResponses publicResponses;

    @Inject
    SummaryDownloads downloads;

    @Inject
    fi.cocreate.consultation.boundary.SummaryPdfDownload summaryPdf;

    @Inject
    ReportProcesses processes;

    @Inject
    Accounts accounts;

    @Inject
    SummaryPublishedRecorder recorder;

    @Inject
    UserTransaction tx;

    @PersistenceContext
    EntityManager em;

    @AfterEach
    void resetClock() {
        TestClockProducer.CLOCK.reset();
    }

    /** A fresh fixture consultation ({@link SummaryFixture}) of one test, with its own four representatives. */
    private SummaryFixture fixture(String suffix, String prefix) throws Exception {
        tx.begin();
        String hash = accounts.hashPassword("fixture-password-1");
        List<Account> reps = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            reps.add(accounts.createWithHash(
                    TestAccounts.uniqueEmail(prefix + i), "Rep " + i, hash, "en", List.of(Role.ORG_REP), true));
        }
        SummaryFixture f = new SummaryFixture(em, reps, suffix, TestClockProducer.CLOCK.instant());
        tx.commit();
        return f;
    }

    /**
     * One test's fixture consultation after moderation: the public response accepted, tagged twice and with a
     * passage, the city's redacted, the non-consenting one accepted and the fourth hidden "Insulting language".
     */
    private record Moderated(
            long consultationId,
            long publicId,
            long cityId,
            long noConsentId,
            long hiddenId,
            long passageId,
            List<String> representatives) {}

    private Moderated moderated() throws Exception {
        SummaryFixture f = fixture("A", "rep");
        long publicId = f.publicOne.getId();
        long cityId = f.city.getId();
        long passageId = asStaff(() -> {
            moderation.accept(publicId);
            moderation.redact(cityId, "Call [name removed].");
            moderation.accept(f.noConsent.getId());
            moderation.hide(f.hidden.getId(), "Insulting language");
            moderation.tag(publicId, Theme.INCLUSION);
            moderation.tag(publicId, Theme.INCLUSION);
            moderation.tag(cityId, Theme.ROLE_OF_ORGANISATIONS);
            return moderation
                    .addPassage(publicId, f.firstQuestionId(), SummaryFixture.FUNDING, Theme.LABOUR_MARKET)
                    .getId();
        });
        return new Moderated(
                f.consultation.getId(),
                publicId,
                cityId,
                f.noConsent.getId(),
                f.hidden.getId(),
                passageId,
                f.representatives.stream().map(Account::getEmail).toList());
    }

    /** A moderated fixture whose summary is published after the deadline (the clock is back afterwards). */
    private record Published(Moderated m, long statementId) {}

    private Published published() throws Exception {
        Moderated m = moderated();
        long statementId = addStatementsAndCitations(m);
        var deadline = asStaff(() -> summaries.of(m.consultationId()))
                .getConsultation()
                .getDeadline();
        TestClockProducer.CLOCK.set(deadline.plusSeconds(1));
        try {
            asStaff(() -> summaries.publish(m.consultationId()));
        } finally {
            TestClockProducer.CLOCK.reset();
        }
        return new Published(m, statementId);
    }

    /** "Funding matters." citing all four responses and the passage, and an event statement; the first one's id. */
    private long addStatementsAndCitations(Moderated m) throws Exception {
        long statementId = asStaff(() -> summaries.addStatement(
                        m.consultationId(),
                        SummarySection.FEEDBACK,
                        Theme.ROLE_OF_ORGANISATIONS,
                        LocalizedText.of("Rahoitus on tärkeää.", "Finansiering är viktig.", "Funding matters.")))
                .getId();
        asStaff(() -> {
            summaries.addStatement(
                    m.consultationId(),
                    SummarySection.EVENT_DISCUSSION,
                    null,
                    LocalizedText.of(null, null, "The event discussed cooperation."));
            summaries.citePassage(m.consultationId(), statementId, m.passageId());
            summaries.cite(m.consultationId(), statementId, m.cityId(), null);
            summaries.cite(m.consultationId(), statementId, m.noConsentId(), null);
            summaries.cite(m.consultationId(), statementId, m.hiddenId(), null);
            return null;
        });
        return statementId;
    }

    @Test
    void moderationStatesFiltersTagsAndCountsPerTheme() throws Exception {
        Moderated m = moderated();
        long consultationId = m.consultationId();
        long publicId = m.publicId();
        long cityId = m.cityId();
        long noConsentId = m.noConsentId();
        long hiddenId = m.hiddenId();
        asStaff(() -> {
            BusinessException noReason = assertThrows(BusinessException.class, () -> moderation.hide(hiddenId, " "));
            assertEquals("moderation.reasonRequired", noReason.getMessageKey());
            assertEquals("reason", noReason.field().orElseThrow(), "about the reason's input");
            long questionId =
                    moderatedResponses.answersOf(publicId).get(0).getQuestion().getId();
            assertEquals(
                    "passage.notInAnswer",
                    assertThrows(
                                    BusinessException.class,
                                    () -> moderation.addPassage(
                                            publicId, questionId, "words never written", Theme.LABOUR_MARKET))
                            .getMessageKey());
            return null;
        });

        ModerationOverview all = asStaff(() -> moderatedResponses.overview(consultationId));
        assertEquals(4, all.total());
        assertEquals(4L, asStaff(() -> moderatedResponses.count(consultationId, ModerationFilter.NONE)));
        assertEquals(2L, all.byState().get(ModerationState.ACCEPTED));
        assertEquals(1L, all.byState().get(ModerationState.REDACTED));
        assertEquals(1L, all.byState().get(ModerationState.HIDDEN));
        assertEquals(0L, all.byState().get(ModerationState.RECEIVED));
        assertEquals(1L, all.byTheme().get(Theme.INCLUSION), "a theme tagged twice counts once");
        assertEquals(1L, all.byTheme().get(Theme.LABOUR_MARKET), "a passage's theme counts for its response");
        assertEquals(1L, all.byTheme().get(Theme.ROLE_OF_ORGANISATIONS));

        assertEquals(
                List.of(cityId),
                ids(consultationId, new ModerationFilter(OrganisationType.MUNICIPALITY, null, null, null)));
        assertEquals(
                List.of(hiddenId), ids(consultationId, new ModerationFilter(null, null, null, ModerationState.HIDDEN)));
        assertEquals(
                List.of(publicId), ids(consultationId, new ModerationFilter(null, null, Theme.LABOUR_MARKET, null)));
        long second = asStaff(() ->
                moderatedResponses.answersOf(publicId).get(1).getQuestion().getId());
        assertEquals(
                List.of(publicId, noConsentId).stream().sorted().toList(),
                ids(consultationId, new ModerationFilter(null, second, null, null)).stream()
                        .sorted()
                        .toList(),
                "only responses that answered the second question");

        var hiddenRow = asStaff(() -> moderatedResponses.moderatedResponse(hiddenId));
        assertEquals("Insulting language", hiddenRow.hiddenReason());
        var cityRow = asStaff(() -> moderatedResponses.moderatedResponse(cityId));
        assertEquals("Call [name removed].", cityRow.redactedText());
        String original =
                asStaff(() -> moderatedResponses.answersOf(cityId).get(0).getText());
        assertTrue(original.contains("040 123 4567"), "staff still see the original text");
    }

    private List<Long> ids(long consultationId, ModerationFilter filter) throws Exception {
        List<Long> ids =
                asStaff(() -> moderatedResponses.page(consultationId, filter, ModerationSort.SUBMITTED, true, 0, 100))
                        .stream()
                        .map(ModerationRow::responseId)
                        .toList();
        assertEquals(
                (long) ids.size(),
                asStaff(() -> moderatedResponses.count(consultationId, filter)),
                "count and page agree");
        return ids;
    }

    @Test
    void callersWhoAreNotStaffAreRefusedByTheBoundaries() throws Exception {
        Moderated m = moderated();
        long consultationId = m.consultationId();
        long hiddenId = m.hiddenId();
        assertThrows(AccessDenied.class, () -> moderation.accept(hiddenId));
        assertThrows(AccessDenied.class, () -> moderatedResponses.overview(consultationId));
        assertThrows(AccessDenied.class, () -> summaries.publish(consultationId));
        assertThrows(AccessDenied.class, () -> downloads.csv(consultationId, Locale.ENGLISH));
        assertEquals(
                ModerationState.HIDDEN,
                asStaff(() -> moderatedResponses.moderatedResponse(hiddenId)).state(),
                "nothing changed");
    }

    @Test
    void statementsCiteResponsesAndPassagesAndPublishingWaitsForTheDeadline() throws Exception {
        Moderated m = moderated();
        long consultationId = m.consultationId();
        long publicId = m.publicId();
        long cityId = m.cityId();
        long noConsentId = m.noConsentId();
        long hiddenId = m.hiddenId();
        long passageId = m.passageId();
        List<String> representativeEmails = m.representatives();
        SummaryStatement statement = asStaff(() -> summaries.addStatement(
                consultationId,
                SummarySection.FEEDBACK,
                Theme.ROLE_OF_ORGANISATIONS,
                LocalizedText.of("Rahoitus on tärkeää.", "Finansiering är viktig.", "Funding matters.")));
        long statementId = statement.getId();
        asStaff(() -> summaries.addStatement(
                consultationId,
                SummarySection.EVENT_DISCUSSION,
                null,
                LocalizedText.of(null, null, "The event discussed cooperation.")));
        // The citation picker: a bounded search over the consultation's responses and passages, by organisation
        // name or quote, in any case; the person's own % and _ are plain letters.
        List<CitableSource> association =
                asStaff(() -> moderatedResponses.citable(consultationId, "aSSociation it", 20));
        assertEquals(
                List.of(SummaryFixture.ORG_PUBLIC, SummaryFixture.ORG_NO_CONSENT, SummaryFixture.ORG_PUBLIC),
                association.stream().map(CitableSource::organisation).toList(),
                "two responses by name, then the passage of one of them");
        assertEquals(
                List.of(publicId, noConsentId, publicId),
                association.stream().map(CitableSource::responseId).toList());
        assertEquals(ModerationState.ACCEPTED, association.get(0).state());
        assertEquals(passageId, association.get(2).passageId());
        assertEquals(
                List.of(passageId),
                asStaff(() -> moderatedResponses.citable(consultationId, "LONG-TERM funding", 20)).stream()
                        .map(CitableSource::passageId)
                        .toList(),
                "a passage found by its quote");
        assertEquals(
                2,
                asStaff(() -> moderatedResponses.citable(consultationId, "", 2)).size(),
                "never more than asked");
        assertTrue(
                asStaff(() -> moderatedResponses.citable(consultationId, "%", 20))
                        .isEmpty(),
                "% is a letter here");
        // A passage cited with a response it was not quoted from is not found; nothing is cited.
        assertThrows(
                NotFound.class, () -> asStaff(() -> summaries.cite(consultationId, statementId, cityId, passageId)));
        asStaff(() -> {
            summaries.citePassage(consultationId, statementId, passageId);
            summaries.cite(consultationId, statementId, cityId, null);
            summaries.cite(consultationId, statementId, noConsentId, null);
            summaries.cite(consultationId, statementId, hiddenId, null);
            return null;
        });
        assertEquals(4, asStaff(() -> summaries.citations(consultationId)).size(), "staff see every citation");

        var deadline =
                asStaff(() -> summaries.of(consultationId)).getConsultation().getDeadline();
        TestClockProducer.CLOCK.set(deadline.minusSeconds(1));
        BusinessException early =
                assertThrows(BusinessException.class, () -> asStaff(() -> summaries.publish(consultationId)));
        assertEquals("summary.beforeDeadline", early.getMessageKey());
        assertFalse(asStaff(() -> summaries.of(consultationId)).isPublished());
        assertTrue(publicSummaries.of(consultationId).isEmpty(), "nothing public before publishing");
        assertFalse(recorder.published().contains(consultationId));
        assertEquals(0, summaryMailsTo(representativeEmails.get(0)), "no mail for a refused publication");

        TestClockProducer.CLOCK.set(deadline.plusSeconds(1));
        ConsultationSummary published = asStaff(() -> summaries.publish(consultationId));
        assertEquals(deadline.plusSeconds(1), published.getPublishedAt());
        assertTrue(recorder.published().contains(consultationId), "SummaryPublished was fired");
        for (String email : representativeEmails) {
            assertEquals(1, summaryMailsTo(email), "every responding organisation's representative is told");
        }
        assertEquals(
                "summary.alreadyPublished",
                assertThrows(
                                BusinessException.class,
                                () -> asStaff(() -> summaries.addStatement(
                                        consultationId,
                                        SummarySection.FEEDBACK,
                                        null,
                                        LocalizedText.of("x", null, null))))
                        .getMessageKey());
    }

    @Test
    void aVersionSubmittedAfterModerationIsNotPublicUntilStaffLookAgain() throws Exception {
        tx.begin();
        String hash = accounts.hashPassword("fixture-password-1");
        List<Account> reps = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            reps.add(accounts.createWithHash(
                    TestAccounts.uniqueEmail("revise" + i), "Reviser " + i, hash, "en", List.of(Role.ORG_REP), true));
        }
        SummaryFixture f = new SummaryFixture(em, reps, "R", TestClockProducer.CLOCK.instant());
        tx.commit();
        long id = f.publicOne.getId();
        asStaff(() -> {
            moderation.accept(id);
            return null;
        });
        assertTrue(publicResponses.response(id).isPresent(), "accepted and consented: public");

        acting(
                reps.get(0).getEmail(),
                () -> responses.submit(
                        f.consultation.getId(),
                        List.of(AnswerInput.text(f.firstQuestionId(), "A revised answer nobody has moderated.")),
                        true));
        assertTrue(publicResponses.response(id).isEmpty(), "the new version waits for staff");
        assertTrue(publicResponses.responses(f.consultation.getId()).stream().noneMatch(r -> r.id() == id));

        asStaff(() -> {
            moderation.accept(id);
            return null;
        });
        PublicResponse revised = publicResponses.response(id).orElseThrow();
        assertTrue(revised.answers().get(0).text().shows("A revised answer"), "staff accepted the new version");
    }

    @Test
    void aConfirmedCampaignIsTaggedAtOnceAndCitedOnceWithItsNumberOfSenders() throws Exception {
        tx.begin();
        String hash = accounts.hashPassword("fixture-password-1");
        List<Account> reps = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            reps.add(accounts.createWithHash(
                    TestAccounts.uniqueEmail("campaign" + i),
                    "Campaigner " + i,
                    hash,
                    "en",
                    List.of(Role.ORG_REP),
                    true));
        }
        SummaryFixture f = new SummaryFixture(em, reps, "C", TestClockProducer.CLOCK.instant());
        tx.commit();
        long consultation = f.consultation.getId();
        String letter = "We ask that the funding of integration services in the municipalities is secured after 2027."
                + " Low-threshold advice by organisations reaches the people whom the authorities do not reach.";
        // Three organisations send the campaign letter, each with its own greeting; the fourth writes its own.
        for (int i : new int[] {0, 1, 3}) {
            acting(
                    reps.get(i).getEmail(),
                    () -> responses.submit(
                            consultation,
                            List.of(AnswerInput.text(
                                    f.firstQuestionId(), "Dear ministry, " + letter + " Regards, sender " + i)),
                            true));
        }
        List<Long> letters = List.of(f.publicOne.getId(), f.city.getId(), f.hidden.getId());

        List<Campaigns.Group> suggested = asStaff(() -> campaigns.suggested(consultation));
        assertEquals(1, suggested.size(), suggested.toString());
        assertEquals(
                letters,
                suggested.get(0).members().stream()
                        .map(Campaigns.Member::responseId)
                        .toList());
        assertTrue(suggested.get(0).members().stream().allMatch(m -> m.similarity() >= 0.7), suggested.toString());

        long campaignId =
                asStaff(() -> campaigns.confirm(consultation, letters)).getId();
        assertTrue(asStaff(() -> campaigns.suggested(consultation)).isEmpty(), "a confirmed group is no suggestion");
        assertEquals(
                "campaign.alreadyConfirmed",
                assertThrows(
                                BusinessException.class,
                                () -> asStaff(() -> campaigns.confirm(
                                        consultation, List.of(f.publicOne.getId(), f.noConsent.getId()))))
                        .getMessageKey(),
                "a response is in one campaign at most");
        SummaryFixture other = fixture("O", "other");
        assertThrows(
                NotFound.class,
                () -> asStaff(() -> campaigns.confirm(
                        other.consultation.getId(), List.of(other.noConsent.getId(), f.noConsent.getId()))),
                "a response of another consultation");
        assertThrows(AccessDenied.class, () -> campaigns.suggested(consultation), "staff only");

        assertEquals(3, asStaff(() -> campaigns.tag(consultation, campaignId, Theme.INCLUSION)));
        assertEquals(
                3L,
                em.createQuery(
                                "select count(t) from ThemeTag t where t.response.id in :ids and t.theme = :t"
                                        + " and t.passage is null",
                                Long.class)
                        .setParameter("ids", letters)
                        .setParameter("t", Theme.INCLUSION)
                        .getSingleResult(),
                "every response of the campaign is tagged");

        // Two of the senders are public; the statement cites both, and the public sees the campaign once.
        long statement = asStaff(() -> {
            moderation.accept(f.publicOne.getId());
            moderation.accept(f.city.getId());
            moderation.hide(f.hidden.getId(), "Duplicate");
            long id = summaries
                    .addStatement(
                            consultation,
                            SummarySection.FEEDBACK,
                            Theme.INCLUSION,
                            LocalizedText.of("Rahoitus.", "Finansiering.", "Funding."))
                    .getId();
            summaries.cite(consultation, id, f.publicOne.getId(), null);
            summaries.cite(consultation, id, f.city.getId(), null);
            return id;
        });
        // The hidden sender is told why, once; the decision is in the response's history.
        assertEquals(1, hiddenMailsTo(reps.get(3).getEmail(), "Duplicate"), "the organisation hears the reason");
        asStaff(() -> {
            moderation.hide(f.hidden.getId(), "Duplicate");
            return null;
        });
        assertEquals(1, hiddenMailsTo(reps.get(3).getEmail(), "Duplicate"), "the same decision again: no new mail");
        List<AuditLog.Line> history = asStaff(() -> audit.historyOf(AuditAction.RecordKind.RESPONSE, f.hidden.getId()));
        assertEquals(
                List.of(AuditAction.RESPONSE_HIDDEN, AuditAction.RESPONSE_HIDDEN),
                history.stream().map(AuditLog.Line::action).toList());
        assertEquals("Duplicate", history.get(0).detail());
        assertThrows(AccessDenied.class, () -> audit.historyOf(AuditAction.RecordKind.RESPONSE, f.hidden.getId()));

        TestClockProducer.CLOCK.set(f.consultation.getDeadline().plusSeconds(1));
        asStaff(() -> summaries.publish(consultation));
        PublishedSummary published = publicSummaries.of(consultation).orElseThrow();
        SummaryStatement cited = published.summary().getStatements().stream()
                .filter(s -> s.getId() == statement)
                .findFirst()
                .orElseThrow();
        List<PublicCitation> citations = published.citationsOf(cited);
        assertEquals(1, citations.size(), citations.toString());
        assertEquals(3, citations.get(0).senders(), "the campaign's senders, the hidden one included");

        asStaff(() -> {
            campaigns.dissolve(consultation, campaignId);
            return null;
        });
        assertEquals(
                List.of(0L, 0L),
                publicSummaries.of(consultation).orElseThrow().citationsOf(cited).stream()
                        .map(PublicCitation::senders)
                        .toList(),
                "undone: each response counts on its own again");
    }

    @Test
    void twoStaffConfirmingOverlappingCampaignsAtOnceLeaveOneCampaignAndAClearRefusal() throws Exception {
        tx.begin();
        String hash = accounts.hashPassword("fixture-password-1");
        List<Account> reps = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            reps.add(accounts.createWithHash(
                    TestAccounts.uniqueEmail("race" + i), "Racer " + i, hash, "en", List.of(Role.ORG_REP), true));
        }
        SummaryFixture f = new SummaryFixture(em, reps, "R", TestClockProducer.CLOCK.instant());
        tx.commit();
        long consultation = f.consultation.getId();
        for (int i : new int[] {0, 1, 3}) {
            acting(
                    reps.get(i).getEmail(),
                    () -> responses.submit(
                            consultation,
                            List.of(AnswerInput.text(
                                    f.firstQuestionId(),
                                    "The same letter about language courses for parents of small children, sender "
                                            + i)),
                            true));
        }
        long shared = f.city.getId();
        // The first confirmation holds its rows uncommitted while the second one runs: the second passes the
        // "already in a campaign" check and meets the first only at the database's key.
        tx.begin();
        asStaff(() -> campaigns.confirm(consultation, List.of(f.publicOne.getId(), shared)));
        java.util.concurrent.ExecutorService other = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            java.util.concurrent.Future<Object> second = other.submit(() ->
                    asStaff(() -> campaigns.confirm(consultation, List.of(shared, f.hidden.getId()))));
            // Commit only once the second one waits for the first one's rows (a sleep let the test pass without the
            // overlap: the second one then met the plain "already in a campaign" check).
            // InnoDB does not always list the wait in INNODB_TRX at once (seen in a full run: the second one waited
            // until the lock timeout unseen), so still running 3 s after it started counts as waiting too: without
            // the overlap it ends in milliseconds.
            long started = System.nanoTime();
            while (((Number) em.createNativeQuery(
                                            "SELECT count(*) FROM information_schema.INNODB_TRX WHERE trx_state = 'LOCK WAIT'")
                                    .getSingleResult())
                            .longValue()
                    == 0) {
                assertFalse(second.isDone(), "the second confirmation ended without waiting for the first one");
                if (System.nanoTime() - started
                        > java.time.Duration.ofSeconds(3).toNanos()) {
                    break;
                }
                Thread.sleep(20);
            }
            tx.commit();
            java.util.concurrent.ExecutionException failed =
                    assertThrows(java.util.concurrent.ExecutionException.class, second::get);
            assertTrue(failed.getCause() instanceof BusinessException, "no error page: " + failed.getCause());
            assertEquals("campaign.alreadyConfirmed", ((BusinessException) failed.getCause()).getMessageKey());
        } finally {
            other.shutdownNow();
        }
        assertEquals(
                List.of(List.of(f.publicOne.getId(), shared)),
                asStaff(() -> campaigns.confirmed(consultation)).stream()
                        .map(g -> g.members().stream()
                                .map(Campaigns.Member::responseId)
                                .toList())
                        .toList());
    }

    @Test
    void aStatementThatCitesNoResponseIsPublishedOnlyAsStaffsOwnConclusion() throws Exception {
        tx.begin();
        String hash = accounts.hashPassword("fixture-password-1");
        List<Account> reps = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            reps.add(accounts.createWithHash(
                    TestAccounts.uniqueEmail("ground" + i), "Grounder " + i, hash, "en", List.of(Role.ORG_REP), true));
        }
        SummaryFixture f = new SummaryFixture(em, reps, "G", TestClockProducer.CLOCK.instant());
        tx.commit();
        long consultation = f.consultation.getId();
        long cited = asStaff(() -> summaries.addStatement(
                        consultation, SummarySection.FEEDBACK, null, LocalizedText.of("Rahoitus.", null, "Funding.")))
                .getId();
        long own = asStaff(() -> summaries.addStatement(
                        consultation,
                        SummarySection.FEEDBACK,
                        null,
                        LocalizedText.of("Johtopäätös.", null, "Conclusion.")))
                .getId();
        asStaff(() -> {
            moderation.accept(f.publicOne.getId());
            summaries.cite(consultation, cited, f.publicOne.getId(), null);
            summaries.addStatement(
                    consultation,
                    SummarySection.EVENT_DISCUSSION,
                    null,
                    LocalizedText.of("Keskustelu.", null, "Discussion."));
            return null;
        });
        TestClockProducer.CLOCK.set(f.consultation.getDeadline().plusSeconds(1));
        BusinessException refused =
                assertThrows(BusinessException.class, () -> asStaff(() -> summaries.publish(consultation)));
        assertEquals("summary.uncited", refused.getMessageKey());
        assertEquals("2", refused.getArguments()[0], "names the statement by its number");
        assertTrue(publicSummaries.of(consultation).isEmpty());

        long seen = asStaff(() -> summaries.of(consultation)).getStatements().stream()
                .filter(s -> s.getId() == own)
                .findFirst()
                .orElseThrow()
                .getVersion();
        asStaff(() -> summaries.markOwnConclusion(consultation, own, true, seen));
        assertEquals(
                "edit.changedMeanwhile",
                assertThrows(
                                BusinessException.class,
                                () -> asStaff(() -> summaries.markOwnConclusion(consultation, own, false, seen)))
                        .getMessageKey(),
                "a mark from a stale page is refused");
        asStaff(() -> summaries.publish(consultation));
        SummaryStatement shown = publicSummaries.of(consultation).orElseThrow().summary().getStatements().stream()
                .filter(s -> s.getId() == own)
                .findFirst()
                .orElseThrow();
        assertTrue(shown.isOwnConclusion());
        assertEquals(
                "summary.alreadyPublished",
                assertThrows(
                                BusinessException.class,
                                () -> asStaff(() -> summaries.markOwnConclusion(consultation, own, false, null)))
                        .getMessageKey());

        // The organisation is not verified yet: staff and the public see that, until staff verify it.
        assertEquals(4, asStaff(() -> moderatedResponses.overview(consultation)).unverified());
        assertFalse(asStaff(() -> moderatedResponses.page(consultation, null, null, true, 0, 10))
                .get(0)
                .organisationVerified());
        PublicCitation unverified = publicSummaries.of(consultation).orElseThrow().citations().values().stream()
                .flatMap(List::stream)
                .findFirst()
                .orElseThrow();
        assertFalse(unverified.organisationVerified());
        assertFalse(publicResponses.response(f.publicOne.getId()).orElseThrow().organisationVerified());
        asStaff(() -> acting(
                ActingCaller.DEMO_STAFF,
                () -> organisations.verify(f.publicOne.getOrganisation().getId())));
        assertTrue(
                publicSummaries.of(consultation).orElseThrow().citations().values().stream()
                        .flatMap(List::stream)
                        .allMatch(PublicCitation::organisationVerified),
                "verified now");
        assertTrue(publicResponses.response(f.publicOne.getId()).orElseThrow().organisationVerified());
        assertEquals(3, asStaff(() -> moderatedResponses.overview(consultation)).unverified());
    }

    @Test
    void theCoverageListsAcceptedResponsesNoStatementCitesAndPublishingThemNeedsAConfirmation() throws Exception {
        tx.begin();
        String hash = accounts.hashPassword("fixture-password-1");
        List<Account> reps = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            reps.add(accounts.createWithHash(
                    TestAccounts.uniqueEmail("cover" + i), "Coverer " + i, hash, "en", List.of(Role.ORG_REP), true));
        }
        SummaryFixture f = new SummaryFixture(em, reps, "V", TestClockProducer.CLOCK.instant());
        tx.commit();
        long consultation = f.consultation.getId();
        asStaff(() -> {
            moderation.accept(f.publicOne.getId());
            moderation.redact(f.city.getId(), "Call [name removed].");
            moderation.accept(f.noConsent.getId());
            moderation.hide(f.hidden.getId(), "Offensive");
            moderation.addPassage(f.city.getId(), f.firstQuestionId(), "Call", Theme.INCLUSION);
            long statement = summaries
                    .addStatement(
                            consultation,
                            SummarySection.FEEDBACK,
                            null,
                            LocalizedText.of("Rahoitus.", null, "Funding."))
                    .getId();
            summaries.cite(consultation, statement, f.publicOne.getId(), null);
            return null;
        });
        SummaryCoverage coverage = asStaff(() -> summaries.coverage(consultation));
        assertEquals(3, coverage.accepted(), "accepted and redacted count; hidden does not");
        assertEquals(1, coverage.cited());
        assertEquals(
                List.of(SummaryFixture.ORG_CITY, SummaryFixture.ORG_NO_CONSENT),
                coverage.uncitedResponses().stream()
                        .map(SummaryCoverage.Uncited::organisation)
                        .toList());
        assertEquals(1, coverage.uncitedPassages());
        assertEquals("Call", coverage.firstUncitedPassages().get(0).quote());
        assertEquals(1.0 / 3, coverage.share(), 1e-9);

        TestClockProducer.CLOCK.set(f.consultation.getDeadline().plusSeconds(1));
        BusinessException unconfirmed = assertThrows(
                BusinessException.class, () -> asStaff(() -> summaries.publish(consultation, null, false)));
        assertEquals("summary.uncoveredConfirm", unconfirmed.getMessageKey());
        assertEquals(List.of(2L, 3L), List.of(unconfirmed.getArguments()));
        asStaff(() -> summaries.publish(consultation, null, true));
        SummaryCoverage shown = summaries.publicCoverage(consultation);
        assertEquals(List.of(1L, 3L), List.of(shown.cited(), shown.accepted()));
        assertTrue(shown.uncitedResponses().isEmpty(), "the public sees counts, never names");
    }

    @Test
    void anEventsOutputAndAnOwnThemeAreModeratedCodedCitedAndShownLikeAResponse() throws Exception {
        java.time.Instant now = TestClockProducer.CLOCK.instant();
        tx.begin();
        String hash = accounts.hashPassword("fixture-password-1");
        List<Account> reps = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            reps.add(accounts.createWithHash(
                    TestAccounts.uniqueEmail("event" + i), "Eventer " + i, hash, "en", List.of(Role.ORG_REP), true));
        }
        SummaryFixture f = new SummaryFixture(em, reps, "E", now);
        fi.cocreate.consultation.entity.ConsultationEvent held = f.consultation.addEvent(
                fi.cocreate.consultation.entity.EventType.WORKSHOP,
                LocalizedText.of("Ty\u00f6paja IT", "Workshop sv IT", "Workshop IT"),
                now.minus(java.time.Duration.ofDays(2)),
                now.minus(java.time.Duration.ofDays(2)).plus(java.time.Duration.ofHours(2)),
                "Helsinki",
                null);
        fi.cocreate.consultation.entity.ConsultationEvent coming = f.consultation.addEvent(
                fi.cocreate.consultation.entity.EventType.WORKSHOP,
                LocalizedText.of("Tuleva IT", null, "Coming IT"),
                now.plus(java.time.Duration.ofDays(2)),
                now.plus(java.time.Duration.ofDays(2)).plusSeconds(3600),
                null,
                "https://meet.example.org/it");
        List<Account> otherReps = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            otherReps.add(accounts.createWithHash(
                    TestAccounts.uniqueEmail("elsewhere" + i),
                    "Elsewhere " + i,
                    hash,
                    "en",
                    List.of(Role.ORG_REP),
                    true));
        }
        SummaryFixture other = new SummaryFixture(em, otherReps, "E2", now);
        fi.cocreate.consultation.entity.ConsultationEvent elsewhere = other.consultation.addEvent(
                fi.cocreate.consultation.entity.EventType.WORKSHOP,
                LocalizedText.of("Muualla IT", null, "Elsewhere"),
                now.minus(java.time.Duration.ofDays(1)),
                now.minus(java.time.Duration.ofDays(1)).plusSeconds(3600),
                "Turku",
                null);
        tx.commit();
        long consultation = f.consultation.getId();
        long q1 = f.firstQuestionId();

        // Own themes: the Finnish label is required and unique (whatever the case), a stale rename is refused.
        assertEquals(
                "ownTheme.fiRequired",
                assertThrows(
                                BusinessException.class,
                                () -> asStaff(() -> ownThemes.add(consultation, " ", "Spr\u00e5k", "Language")))
                        .getMessageKey());
        var language = asStaff(() ->
                ownThemes.add(consultation, "Kielikoulutus IT", "Spr\u00e5kutbildning IT", "Language training IT"));
        Theme own = language.theme();
        assertEquals(
                "ownTheme.duplicate",
                assertThrows(
                                BusinessException.class,
                                () -> asStaff(() -> ownThemes.add(consultation, "KIELIKOULUTUS it", null, null)))
                        .getMessageKey());
        assertEquals(
                "ownTheme.duplicate",
                assertThrows(
                                BusinessException.class,
                                () -> asStaff(() -> ownThemes.add(consultation, "Osallisuus", null, null)))
                        .getMessageKey(),
                "nor a seed theme's Finnish name");
        asStaff(() -> ownThemes.rename(
                consultation,
                language.getId(),
                "Kielikoulutus ty\u00f6n ohessa IT",
                "Spr\u00e5kutbildning IT",
                "Language training alongside work IT",
                language.getVersion()));
        assertEquals(
                "edit.changedMeanwhile",
                assertThrows(
                                BusinessException.class,
                                () -> asStaff(() -> ownThemes.rename(
                                        consultation, language.getId(), "Vanha", null, null, language.getVersion())))
                        .getMessageKey());
        Theme foreign = asStaff(() -> ownThemes.add(other.consultation.getId(), "Vieras IT", null, null))
                .theme();
        assertEquals(
                Theme.seedList().size() + 1,
                asStaff(() -> ownThemes.available(consultation)).size());
        assertThrows(AccessDenied.class, () -> ownThemes.add(consultation, "Luvaton", null, null));

        // Staff enter the workshop's notes: only for a held event of this consultation.
        List<AnswerInput> notes =
                List.of(AnswerInput.text(q1, "Ryhm\u00e4t ehdottivat kielikoulutusta ty\u00f6n" + " ohessa."));
        assertEquals(
                "entered.eventNotHeld",
                assertThrows(
                                BusinessException.class,
                                () -> asStaff(() ->
                                        enteredResponses.enterEventOutput(consultation, coming.getId(), notes, true)))
                        .getMessageKey());
        assertEquals(
                "entered.eventOfOtherConsultation",
                assertThrows(
                                BusinessException.class,
                                () -> asStaff(() -> enteredResponses.enterEventOutput(
                                        consultation, elsewhere.getId(), notes, true)))
                        .getMessageKey());
        assertEquals(
                "entered.eventRequired",
                assertThrows(
                                BusinessException.class,
                                () -> asStaff(() -> enteredResponses.enterEventOutput(consultation, null, notes, true)))
                        .getMessageKey());
        long output = asStaff(() -> enteredResponses.enterEventOutput(consultation, held.getId(), notes, true))
                .getId();

        // Moderated and coded like a written response, with the own theme whole and in a passage.
        long passage = asStaff(() -> {
            moderation.accept(output);
            moderation.accept(f.publicOne.getId());
            moderation.tag(output, own);
            moderation.tag(f.publicOne.getId(), own);
            return moderation
                    .addPassage(output, q1, "kielikoulutusta ty\u00f6n ohessa", own)
                    .getId();
        });
        assertEquals(
                "ownTheme.notOfConsultation",
                assertThrows(
                                BusinessException.class,
                                () -> asStaff(() -> {
                                    moderation.tag(output, foreign);
                                    return null;
                                }))
                        .getMessageKey());
        ModerationFilter byOwn = new ModerationFilter(null, null, own, null);
        List<ModerationRow> rows = asStaff(() ->
                moderatedResponses.page(consultation, byOwn, ModerationSort.SUBMITTED, true, 0, 10, Locale.ENGLISH));
        assertEquals(2, rows.size(), "filtered by the own theme: the output and the association");
        ModerationRow outputRow =
                rows.stream().filter(r -> r.responseId() == output).findFirst().orElseThrow();
        assertEquals("Workshop IT", outputRow.organisation(), "named by the event in the reader's language");
        assertEquals(fi.cocreate.consultation.entity.ResponseChannel.EVENT, outputRow.channel());
        assertNull(outputRow.organisationType());
        assertTrue(outputRow.organisationVerified(), "never shown as an unverified organisation");
        assertFalse(outputRow.late());
        assertEquals(List.of(own), outputRow.themes());
        assertEquals(
                2L,
                asStaff(() -> moderatedResponses.overview(consultation))
                        .byTheme()
                        .get(own));
        assertEquals(
                5L,
                asStaff(() -> moderatedResponses.count(consultation, ModerationFilter.NONE)),
                "four and the output");
        assertTrue(
                asStaff(() -> moderatedResponses.citable(consultation, "workshop", 10, Locale.ENGLISH)).stream()
                        .anyMatch(c -> c.responseId() == output && "Workshop IT".equals(c.organisation())),
                "found and named by the event's title");

        // Cited in a statement coded with the own theme; it counts in the coverage as an accepted response.
        long statement = asStaff(() -> {
            long id = summaries
                    .addStatement(
                            consultation,
                            SummarySection.EVENT_DISCUSSION,
                            own,
                            LocalizedText.of("Kielikoulutus.", null, "Language training."))
                    .getId();
            summaries.citePassage(consultation, id, passage);
            summaries.cite(consultation, id, f.publicOne.getId(), null);
            return id;
        });
        SummaryCoverage coverage = asStaff(() -> summaries.coverage(consultation));
        assertEquals(List.of(2L, 2L), List.of(coverage.accepted(), coverage.cited()));

        // A proposal nobody answered makes publishing ask for a confirmation, as the coverage does.
        long proposal = asStaff(() -> proposals.mark(f.publicOne.getId(), q1, SummaryFixture.FUNDING))
                .getId();
        assertEquals(1L, asStaff(() -> summaries.unansweredProposals(consultation)));
        TestClockProducer.CLOCK.set(f.consultation.getDeadline().plusSeconds(1));
        BusinessException unanswered = assertThrows(
                BusinessException.class, () -> asStaff(() -> summaries.publish(consultation, null, false, false)));
        assertEquals("summary.unansweredProposalsConfirm", unanswered.getMessageKey());
        assertEquals(List.of(1L), List.of(unanswered.getArguments()));
        asStaff(() -> proposals.answer(proposal, fi.cocreate.consultation.entity.ProposalReaction.ADOPTED, null, null));
        assertEquals(0L, asStaff(() -> summaries.unansweredProposals(consultation)));
        asStaff(() -> summaries.publish(consultation, null, false, false));

        // The public summary, its API and the response page name the event, never an organisation.
        PublishedSummary published = publicSummaries.of(consultation).orElseThrow();
        SummaryStatement shown = published.summary().getStatements().stream()
                .filter(st -> st.getId() == statement)
                .findFirst()
                .orElseThrow();
        PublicCitation fromEvent = published.citationsOf(shown).stream()
                .filter(PublicCitation::isEventOutput)
                .findFirst()
                .orElseThrow();
        assertEquals("Workshop sv IT", fromEvent.source(Locale.forLanguageTag("sv")));
        assertNull(fromEvent.organisation());
        assertEquals("kielikoulutusta ty\u00f6n ohessa", fromEvent.quote().render("[x]"));
        java.util.ResourceBundle en = java.util.ResourceBundle.getBundle("i18n.consultation", Locale.ENGLISH);
        assertEquals("Language training alongside work IT", published.themes().name(own, en, Locale.ENGLISH));
        var json = fi.cocreate.consultation.boundary.api.SummaryJson.of(published, "[removed]");
        var jsonStatement = json.statements().stream()
                .filter(st -> own.name().equals(st.theme()))
                .findFirst()
                .orElseThrow();
        assertEquals("Spr\u00e5kutbildning IT", jsonStatement.themeLabel().getSv());
        assertTrue(
                jsonStatement.citations().stream()
                        .anyMatch(c -> c.event() != null
                                && "Workshop IT".equals(c.event().getEn())
                                && c.organisation() == null),
                jsonStatement.toString());
        PublicResponse page = publicResponses.response(output).orElseThrow();
        assertTrue(page.isEventOutput());
        assertEquals(
                em.find(fi.cocreate.consultation.entity.ConsultationEvent.class, held.getId())
                        .getStartsAt(),
                page.submittedAt(),
                "as of the event, as stored");

        // Exports: the event's title, "event output" and the own theme's name, never codes.
        String csv = new String(asStaff(() -> downloads.csv(consultation, Locale.ENGLISH)), StandardCharsets.UTF_8);
        assertTrue(
                csv.contains("\"Workshop IT\",")
                        && csv.contains("\"Event output\"")
                        && csv.contains("Language training alongside work IT")
                        && csv.contains("\"Event\""),
                csv);
        assertFalse(csv.contains("OWN_"), csv);
        byte[] pdf = summaryPdf.pdf(consultation, Locale.ENGLISH).orElseThrow();
        String pdfText = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertTrue(pdfText.contains("Workshop IT") && pdfText.contains("Language training alongside work IT"), pdfText);

        // Nobody outside got a mail about it; its history names the channel in the reader's language.
        assertTrue(em.createQuery("select m from OutboxMail m", OutboxMail.class)
                .getResultStream()
                .noneMatch(m -> String.valueOf(m.getTextBody()).contains("Workshop IT")));
        var entered = asStaff(() -> audit.historyOf(AuditAction.RecordKind.RESPONSE, output)).stream()
                .filter(l -> l.action() == AuditAction.RESPONSE_ENTERED)
                .findFirst()
                .orElseThrow();
        assertEquals(
                "Event Ty\u00f6paja IT",
                fi.cocreate.consultation.control.ModerationHistoryText.detail(
                        entered.action(), entered.detail(), key -> en.containsKey(key) ? en.getString(key) : key));
    }

    @Test
    @RunAsClient
    void staffAddAMilestoneOnTheTimelinePageAndATitleInNoLanguageIsRefusedAtItsField() {
        PageClient staff = staff();
        Object process = ServerSide.value("SELECT MIN(id) FROM report_process");
        PageClient.Page page = staff.get("/consultation/staff/timeline-edit.xhtml?id=" + process)
                .assertOk();
        PageClient.Page untitled = page.form("milestone")
                .set("date", "2099-03-01")
                .set("titleFi", " ")
                .set("titleSv", "")
                .set("titleEn", "")
                .press("add")
                .assertOk();
        assertEquals(
                "Give the title in at least one language.",
                untitled.messageBeside("milestone:titleFi"),
                untitled.describe());
        String title = "Valiokunta IT " + System.nanoTime();
        PageClient.Page added = untitled.form("milestone")
                .set("date", "2099-03-01")
                .set("titleFi", title)
                .set("titleSv", "Utskott IT")
                .set("titleEn", "Committee IT")
                .press("add")
                .assertOk();
        assertTrue(added.contains("The milestone is added."), added.describe());
        assertEquals(
                1L,
                ((Number) ServerSide.value(
                                "SELECT count(*) FROM report_milestone WHERE process_id = ? AND title_fi = ?"
                                        + " AND title_sv = ? AND title_en = ?",
                                process,
                                title,
                                "Utskott IT",
                                "Committee IT"))
                        .longValue(),
                "the title is kept in all three languages");
        assertEquals("", added.form("milestone").value("titleFi"), "the form is empty for the next milestone");
    }

    @Test
    @RunAsClient
    void staffDefineAnOwnThemeAndEnterAWorkshopsNotesThroughThePages() {
        PageClient staff = staff();
        Object demo = ServerSide.value(
                "SELECT id FROM consultation WHERE title_en = ?", "Statements on the integration programme, 2021");
        String themes = "/consultation/staff/themes.xhtml?id=" + demo;
        PageClient.Page page = staff.get(themes).assertOk();
        assertTrue(
                page.contains("Language training alongside work") && page.contains("Inclusion"),
                "the demo's own themes beside the seven: " + page.describe());
        PageClient.Page blank = page.form("add")
                .set("fi", " ")
                .set("sv", "Boende")
                .set("en", "Housing")
                .press("addTheme")
                .assertOk();
        assertEquals("Write the theme's name in Finnish.", blank.messageBeside("add:fi"), blank.describe());
        assertEquals("Housing", blank.form("add").value("en"), "what staff typed stays");
        assertEquals("Boende", blank.form("add").value("sv"), "what staff typed stays");
        String name = "Asuminen <b>IT</b> " + System.nanoTime();
        PageClient.Page added = blank.form("add")
                .set("fi", name)
                .set("sv", "")
                .set("en", "Housing IT")
                .press("addTheme")
                .assertOk();
        assertTrue(added.contains("The theme \u201c" + name + "\u201d has been added."), added.describe());
        assertFalse(added.body().contains("<b>IT</b>"), "the label is escaped");
        assertTrue(added.contains("Housing IT"), added.describe());

        // Renaming it without a Finnish name: the message beside that row's Finnish name, and the row keeps the rest.
        org.jsoup.nodes.Element row = added.document().select("form.own-theme").stream()
                .filter(f ->
                        f.select("input[value]").stream().anyMatch(i -> i.val().equals(name)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for the added theme: " + added.describe()));
        PageClient.Page renamed = added.form(row.id())
                .set("fi", "")
                .set("en", "Housing IT renamed")
                .press("save")
                .assertOk();
        assertEquals("Write the theme's name in Finnish.", renamed.messageBeside(row.id() + ":fi"), renamed.describe());
        assertEquals("Housing IT renamed", renamed.form(row.id()).value("en"), "what staff typed stays");
        assertFalse(renamed.document().select(".notice-list").text().contains("Finnish"), "not at the top");
        assertEquals(
                1L,
                ((Number) ServerSide.value(
                                "SELECT count(*) FROM consultation_own_theme WHERE consultation_id = ? AND label_fi = ?",
                                demo,
                                name))
                        .longValue(),
                "the name is kept");

        PageClient.Page moderationPage =
                staff.get("/consultation/staff/moderation.xhtml?id=" + demo).assertOk();
        assertTrue(moderationPage.contains("Housing IT"), "offered in the theme filter: " + moderationPage.describe());

        String entry = "/consultation/staff/enter-event-output.xhtml?id=" + demo;
        PageClient.Page form = staff.get(entry).assertOk();
        Matcher workshop = Pattern.compile("<option value=\"(\\d+)\"[^>]*>Workshop: the draft integration programme")
                .matcher(form.body());
        assertTrue(workshop.find(), form.body());
        Matcher text = Pattern.compile("name=\"(output:[^\"]*text)\"").matcher(form.body());
        assertTrue(text.find(), form.body());
        String textField = text.group(1).substring("output:".length());
        PageClient.Page none = form.form("output")
                .set("event", "")
                .set(textField, "Notes")
                .press("save")
                .assertOk();
        assertEquals("Choose the event this is the output of.", none.messageBeside("output:event"), none.describe());
        assertEquals("Notes", none.form("output").value(textField).strip(), "what staff typed stays");
        PageClient.Page noNotes = none.form("output")
                .set("event", workshop.group(1))
                .set(textField, " ")
                .press("save")
                .assertOk();
        assertTrue(
                noNotes.contains("Write the event's notes or outputs for at least one question."), noNotes.describe());
        assertEquals(workshop.group(1), noNotes.form("output").value("event"), "the chosen event stays");
        String marker = "volunteers " + System.nanoTime();
        PageClient.Page saved = noNotes.form("output")
                .set("event", workshop.group(1))
                .set(textField, "Second table: " + marker + " need training.")
                .check("consent", "on")
                .press("save")
                .assertOk();
        assertTrue(saved.contains("The event's output has been entered with the reference"), saved.describe());
        Object output = ServerSide.value(
                "SELECT r.id FROM response r JOIN response_version v ON v.response_id = r.id"
                        + " JOIN answer a ON a.version_id = v.id WHERE r.channel = 'EVENT' AND a.text LIKE ?",
                "%" + marker + "%");
        assertNotNull(output);
        PageClient.Page list =
                staff.get("/consultation/staff/moderation.xhtml?id=" + demo).assertOk();
        assertTrue(
                list.contains("Workshop: the draft integration programme") && list.contains("event output"),
                list.describe());
    }

    static final String REMOVED_PASSAGE = "reach people";

    @Test
    void proposalsAreAnsweredPerReactionAndARemovedPassageIsMarkedInEveryPublicText() throws Exception {
        tx.begin();
        String hash = accounts.hashPassword("fixture-password-1");
        List<Account> reps = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            reps.add(accounts.createWithHash(
                    TestAccounts.uniqueEmail("propose" + i), "Proposer " + i, hash, "en", List.of(Role.ORG_REP), true));
        }
        SummaryFixture f = new SummaryFixture(em, reps, "P", TestClockProducer.CLOCK.instant());
        tx.commit();
        long consultation = f.consultation.getId();
        long q1 = f.firstQuestionId();
        long q2 = f.consultation.getQuestions().get(1).getId();
        long open = f.publicOne.getId();
        long city = f.city.getId();
        long quoted = asStaff(() -> {
            moderation.accept(open);
            moderation.accept(city);
            moderation.hide(f.hidden.getId(), "Offensive");
            moderation.redactPassage(open, q1, REMOVED_PASSAGE, "Names the members' homes", null);
            moderation.redactAnswer(city, q1, "Call the city's office.", "A private phone number", null);
            Passage passage = moderation.addPassage(open, q1, "Organisations reach people.", Theme.INCLUSION);
            long statement = summaries
                    .addStatement(
                            consultation,
                            SummarySection.FEEDBACK,
                            null,
                            LocalizedText.of("J\u00e4rjest\u00f6t.", null, "Organisations."))
                    .getId();
            summaries.cite(consultation, statement, open, passage.getId());
            return passage.getId();
        });
        assertEquals(
                "redaction.notInAnswer",
                assertThrows(
                                BusinessException.class,
                                () -> asStaff(() -> {
                                    moderation.redactPassage(open, q2, REMOVED_PASSAGE, "x", null);
                                    return null;
                                }))
                        .getMessageKey());
        assertEquals(
                ModerationState.REDACTED,
                asStaff(() -> moderatedResponses.moderatedResponse(open)).state());

        fi.cocreate.consultation.entity.Proposal adoptedShown =
                asStaff(() -> proposals.mark(open, q1, SummaryFixture.FUNDING));
        fi.cocreate.consultation.entity.Proposal partlyShown =
                asStaff(() -> proposals.mark(open, q1, "Organisations reach people."));
        long adopted = adoptedShown.getId();
        long partly = partlyShown.getId();
        long cityOne = asStaff(() -> proposals.mark(city, q1, "Call Matti Mei")).getId();
        long hiddenOne = asStaff(() -> proposals.mark(f.hidden.getId(), q1, "Offensive text"))
                .getId();
        asStaff(() -> proposals.mark(open, q2, "Second answer.")); // never answered: never public
        assertEquals(
                "proposal.notInAnswer",
                assertThrows(BusinessException.class, () -> asStaff(() -> proposals.mark(open, q2, "Not in it")))
                        .getMessageKey());
        assertEquals(
                "proposal.reasonRequired",
                assertThrows(
                                BusinessException.class,
                                () -> asStaff(() -> proposals.answer(
                                        partly,
                                        fi.cocreate.consultation.entity.ProposalReaction.PARTLY_ADOPTED,
                                        " ",
                                        null)))
                        .getMessageKey());
        asStaff(() -> {
            proposals.answer(
                    adopted, fi.cocreate.consultation.entity.ProposalReaction.ADOPTED, null, adoptedShown.getVersion());
            proposals.answer(
                    partly,
                    fi.cocreate.consultation.entity.ProposalReaction.PARTLY_ADOPTED,
                    "Part of it fits the programme.",
                    partlyShown.getVersion());
            proposals.answer(
                    cityOne,
                    fi.cocreate.consultation.entity.ProposalReaction.NOT_ADOPTED,
                    "Decided by another ministry.",
                    null);
            proposals.answer(
                    hiddenOne, fi.cocreate.consultation.entity.ProposalReaction.OUT_OF_SCOPE, "Not about this.", null);
            return null;
        });
        BusinessException stale = assertThrows(
                BusinessException.class,
                () -> asStaff(() -> proposals.answer(
                        partly,
                        fi.cocreate.consultation.entity.ProposalReaction.NOT_ADOPTED,
                        "From an old page.",
                        partlyShown.getVersion())));
        assertEquals("edit.changedMeanwhile", stale.getMessageKey(), "the page showed the version before a save");
        assertEquals(ActingCaller.DEMO_STAFF, stale.getArguments()[0], "naming who answered");

        TestClockProducer.CLOCK.set(f.consultation.getDeadline().plusSeconds(1));
        asStaff(() -> summaries.publish(consultation, null, true));
        PublishedSummary published = publicSummaries.of(consultation).orElseThrow();
        assertEquals(
                List.of("ADOPTED:1", "PARTLY_ADOPTED:1", "NOT_ADOPTED:1"),
                published.proposalGroups().stream()
                        .map(g -> g.reaction() + ":" + g.count())
                        .toList(),
                "grouped, counted, the hidden response's left out");
        PublishedSummary.ReactionGroup partlyGroup = published.proposalGroups().get(1);
        assertEquals(
                "Organisations [removed].",
                partlyGroup.proposals().get(0).text().render("[removed]"));
        assertEquals(
                "Part of it fits the programme.", partlyGroup.proposals().get(0).reason());
        assertNull(published.proposalGroups().get(0).proposals().get(0).reason(), "adopted needs no reason");
        assertEquals(
                "[removed]",
                published.proposalGroups().get(2).proposals().get(0).text().render("[removed]"),
                "a proposal of a replaced answer shows only the mark");
        PublicCitation citation = published.citations().values().stream()
                .flatMap(List::stream)
                .filter(c -> c.responseId() == open)
                .findFirst()
                .orElseThrow();
        assertEquals("Organisations [poistettu].", citation.quote().render("[poistettu]"));

        PublicResponse openPublic = publicResponses.response(open).orElseThrow();
        assertEquals(
                "Organisations [removed]. " + SummaryFixture.FUNDING,
                openPublic.answers().get(0).text().render("[removed]"));
        assertFalse(openPublic.answers().get(0).text().shows(REMOVED_PASSAGE));
        assertEquals("Second answer.", openPublic.answers().get(1).text().render("[removed]"));
        PublicResponse cityPublic = publicResponses.response(city).orElseThrow();
        assertNull(cityPublic.redactedText());
        assertEquals(
                "Call the city's office.", cityPublic.answers().get(0).text().render("[removed]"));
        assertTrue(cityPublic.isPartlyRedacted());

        // Staff keep the original; the history says who, when, which answer and why, never the removed words.
        var staffView = asStaff(() -> moderatedResponses.moderatedResponse(open));
        assertEquals(REMOVED_PASSAGE, staffView.redactions().get(0).getPassage());
        assertTrue(staffView
                .response()
                .submittedVersion()
                .orElseThrow()
                .answerTo(q1)
                .orElseThrow()
                .getText()
                .contains(REMOVED_PASSAGE));
        List<AuditLog.Line> history = asStaff(() -> audit.historyOf(AuditAction.RecordKind.RESPONSE, open));
        AuditLog.Line redacted = history.stream()
                .filter(l -> l.action() == AuditAction.RESPONSE_REDACTED)
                .findFirst()
                .orElseThrow();
        assertEquals("1. PASSAGE: Names the members' homes", redacted.detail());
        assertNotNull(redacted.actor());
        assertTrue(
                history.stream().noneMatch(l -> l.detail() != null && l.detail().contains(REMOVED_PASSAGE)));
        assertEquals(
                2,
                history.stream()
                        .filter(l -> l.action() == AuditAction.PROPOSAL_ANSWERED)
                        .count());

        String csv = new String(asStaff(() -> downloads.csv(consultation, Locale.ENGLISH)), StandardCharsets.UTF_8);
        assertTrue(csv.contains("1. Organisations [removed]. " + SummaryFixture.FUNDING), csv);
        assertTrue(csv.contains("1. Call the city's office."), csv);
        String pdf = pdfText(summaryPdf.pdf(consultation, Locale.ENGLISH).orElseThrow());
        assertTrue(
                pdf.contains("Answers to proposals")
                        && pdf.contains("Partly adopted (1)")
                        && pdf.contains("Part of it fits the programme."),
                pdf);
        assertFalse(pdf.contains(REMOVED_PASSAGE) || pdf.contains("Not about this."), pdf);

        // Withdrawing the redaction shows the passage again; the history keeps both.
        asStaff(() -> {
            long redaction = moderatedResponses
                    .moderatedResponse(open)
                    .redactions()
                    .get(0)
                    .getId();
            moderation.withdrawRedaction(open, redaction, null);
            return null;
        });
        assertTrue(publicResponses
                .response(open)
                .orElseThrow()
                .answers()
                .get(0)
                .text()
                .shows(REMOVED_PASSAGE));
        assertEquals(
                ModerationState.ACCEPTED,
                asStaff(() -> moderatedResponses.moderatedResponse(open)).state());
        assertTrue(asStaff(() -> audit.historyOf(AuditAction.RecordKind.RESPONSE, open)).stream()
                .anyMatch(l -> l.action() == AuditAction.REDACTION_WITHDRAWN));
        asStaff(() -> {
            moderation.redactPassage(open, q1, REMOVED_PASSAGE, "Names the members' homes", null);
            return null;
        });
        assertTrue(quoted > 0);
    }

    private static String pdfText(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder all = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            all.append(extractor.getTextFromPage(page)).append('\n');
        }
        return all.toString();
    }

    @Test
    void thePublicPagesShowTheMarkInTheReadersLanguageWhileTheStaffPageShowsTheRemovedPassage() throws Exception {
        long id = publishedWithAnsweredProposals();
        PageClient visitor = PageClient.english(url(""));
        String summary =
                visitor.get("/consultation/summary.xhtml?id=" + id).assertOk().body();
        assertTrue(
                summary.contains("Answers to proposals")
                        && summary.contains("Partly adopted (1)")
                        && summary.contains("Part of it fits the programme."),
                summary);
        assertTrue(summary.contains("Organisations [removed]."), summary);
        assertFalse(summary.contains(REMOVED_PASSAGE), "the removed passage is nowhere in the public summary");
        assertFalse(summary.contains("Not about this."), "a hidden response's proposal is not public");
        Matcher link = Pattern.compile("response\\.xhtml\\?id=(\\d+)\"[^>]*>" + SummaryFixture.ORG_PUBLIC)
                .matcher(summary);
        assertTrue(link.find(), summary);
        String responseId = link.group(1);

        String english = visitor.get("/consultation/response.xhtml?id=" + responseId)
                .assertOk()
                .body();
        assertTrue(english.contains("Organisations [removed]."), english);
        assertFalse(english.contains(REMOVED_PASSAGE), english);
        PageClient finnish = new PageClient(url(""), "fi");
        String inFinnish = finnish.get("/consultation/response.xhtml?id=" + responseId)
                .assertOk()
                .body();
        assertTrue(inFinnish.contains("Organisations [poistettu]."), inFinnish);
        assertFalse(inFinnish.contains(REMOVED_PASSAGE));
        String api = visitor.get("/api/responses/" + responseId + "?lang=sv").body();
        assertTrue(api.contains("Organisations [borttaget].") && api.contains("\"redacted\":true"), api);
        assertFalse(api.contains(REMOVED_PASSAGE), api);
        String summaryApi = visitor.get("/api/summaries/" + id + "?lang=en").body();
        assertTrue(
                summaryApi.contains("\"reaction\":\"PARTLY_ADOPTED\"")
                        && summaryApi.contains("Part of it fits the programme."),
                summaryApi);
        assertFalse(summaryApi.contains(REMOVED_PASSAGE), summaryApi);

        PageClient staff = staff();
        String moderationPage = "/consultation/staff/moderate-response.xhtml?id=" + responseId;
        PageClient.Page staffPage = staff.get(moderationPage).assertOk();
        assertTrue(staffPage.body().contains(REMOVED_PASSAGE), "staff keep the original");
        assertTrue(staffPage.contains("Names the members' homes"), staffPage.describe());
        assertTrue(staffPage.contains("Part of it fits the programme."), staffPage.describe());

        // The sections' forms: a reason is asked for at the field, and a passage not in the answer is refused there.
        PageClient.Page noReason = staffPage
                .form("proposals")
                .set("rows:1:reaction", "NOT_ADOPTED")
                .set("rows:1:reason", "")
                .press("rows:1:answer")
                .assertOk();
        assertEquals(
                "Give the reason: it is required unless the proposal is adopted.",
                noReason.messageBeside("proposals:rows:1:reason"),
                "in the row of the pressed button: "
                        + noReason.document()
                                .select(".field-error, .notice-list, #proposals")
                                .outerHtml());
        assertEquals("", noReason.messageBeside("proposals:rows:0:reason"), "not in another row");
        Matcher firstQuestion = Pattern.compile("id=\"redaction:question\"[^>]*>\\s*<option value=\"(\\d+)\"")
                .matcher(staffPage.body());
        assertTrue(firstQuestion.find(), staffPage.body());
        String question = firstQuestion.group(1);
        PageClient.Page notThere = staff.get(moderationPage)
                .assertOk()
                .form("redaction")
                .set("mode", "PASSAGE")
                .set("question", question)
                .set("passage", "words that are not there")
                .set("reason", "x")
                .press("add")
                .assertOk();
        assertTrue(notThere.contains("The passage does not occur word for word in the answer."), notThere.describe());
        assertEquals(
                "words that are not there",
                notThere.form("redaction").value("passage").strip(),
                "what staff typed stays");
        PageClient.Page marked = staff.get(moderationPage)
                .assertOk()
                .form("proposal")
                .set("question", question)
                .set("text", "Long-term funding")
                .press("mark")
                .assertOk();
        assertTrue(marked.contains("Proposal marked."), marked.describe());
    }

    /**
     * Test 24's end state, for the pages: a published consultation whose public response has a removed passage and
     * answered proposals (adopted, partly adopted with a reason, one never answered), a replaced city answer and a
     * hidden response's proposal out of scope.
     */
    private long publishedWithAnsweredProposals() throws Exception {
        SummaryFixture f = fixture("P", "propose");
        long consultation = f.consultation.getId();
        long q1 = f.firstQuestionId();
        long q2 = f.consultation.getQuestions().get(1).getId();
        long open = f.publicOne.getId();
        long city = f.city.getId();
        asStaff(() -> {
            moderation.accept(open);
            moderation.accept(city);
            moderation.hide(f.hidden.getId(), "Offensive");
            moderation.redactPassage(open, q1, REMOVED_PASSAGE, "Names the members' homes", null);
            moderation.redactAnswer(city, q1, "Call the city's office.", "A private phone number", null);
            Passage passage = moderation.addPassage(open, q1, "Organisations reach people.", Theme.INCLUSION);
            long statement = summaries
                    .addStatement(
                            consultation,
                            SummarySection.FEEDBACK,
                            null,
                            LocalizedText.of("J\u00e4rjest\u00f6t.", null, "Organisations."))
                    .getId();
            summaries.cite(consultation, statement, open, passage.getId());
            var adopted = proposals.mark(open, q1, SummaryFixture.FUNDING);
            var partly = proposals.mark(open, q1, "Organisations reach people.");
            var cityOne = proposals.mark(city, q1, "Call Matti Mei");
            var hiddenOne = proposals.mark(f.hidden.getId(), q1, "Offensive text");
            proposals.mark(open, q2, "Second answer.");
            proposals.answer(
                    adopted.getId(),
                    fi.cocreate.consultation.entity.ProposalReaction.ADOPTED,
                    null,
                    adopted.getVersion());
            proposals.answer(
                    partly.getId(),
                    fi.cocreate.consultation.entity.ProposalReaction.PARTLY_ADOPTED,
                    "Part of it fits the programme.",
                    partly.getVersion());
            proposals.answer(
                    cityOne.getId(),
                    fi.cocreate.consultation.entity.ProposalReaction.NOT_ADOPTED,
                    "Decided by another ministry.",
                    null);
            proposals.answer(
                    hiddenOne.getId(),
                    fi.cocreate.consultation.entity.ProposalReaction.OUT_OF_SCOPE,
                    "Not about this.",
                    null);
            return null;
        });
        TestClockProducer.CLOCK.set(f.consultation.getDeadline().plusSeconds(1));
        try {
            asStaff(() -> summaries.publish(consultation, null, true));
        } finally {
            TestClockProducer.CLOCK.reset();
        }
        return consultation;
    }

    private long hiddenMailsTo(String email, String reason) {
        return em.createQuery("select m from OutboxMail m where m.recipient = :r and m.kind = :k", OutboxMail.class)
                .setParameter("r", email)
                .setParameter("k", "RESPONSE_HIDDEN")
                .getResultStream()
                .filter(m -> m.getTextBody().contains(reason))
                .count();
    }

    private long summaryMailsTo(String email) {
        return em.createQuery("select count(m) from OutboxMail m where m.recipient = :r and m.kind = :k", Long.class)
                .setParameter("r", email)
                .setParameter("k", "SUMMARY_PUBLISHED")
                .getSingleResult();
    }

    @Test
    void thePublicSeesOnlyAcceptedConsentedResponsesAndRedactedTextsInstead() throws Exception {
        Published p = published();
        long consultationId = p.m().consultationId();
        long statementId = p.statementId();
        long publicId = p.m().publicId();
        long cityId = p.m().cityId();
        long noConsentId = p.m().noConsentId();
        long hiddenId = p.m().hiddenId();
        PublishedSummary summary = publicSummaries.of(consultationId).orElseThrow();
        SummaryStatement statement = summary.summary().getStatements().stream()
                .filter(s -> s.getId() == statementId)
                .findFirst()
                .orElseThrow();
        List<PublicCitation> citations = summary.citationsOf(statement);
        assertEquals(
                List.of(publicId, cityId),
                citations.stream().map(PublicCitation::responseId).toList(),
                "the non-consented and the hidden response are left out");
        assertEquals(SummaryFixture.FUNDING, citations.get(0).quote().render("[removed]"));
        assertNull(citations.get(1).quote());

        assertTrue(publicResponses.response(hiddenId).isEmpty());
        assertTrue(publicResponses.response(noConsentId).isEmpty());
        PublicResponse city = publicResponses.response(cityId).orElseThrow();
        assertEquals("Call [name removed].", city.redactedText());
        assertTrue(city.answers().isEmpty(), "the original of a redacted response is never public");
        PublicResponse open = publicResponses.response(publicId).orElseThrow();
        assertTrue(open.answers().get(0).text().shows(SummaryFixture.FUNDING));
        assertEquals(
                List.of(publicId, cityId).stream().sorted().toList(),
                publicResponses.responses(consultationId).stream()
                        .map(PublicResponse::id)
                        .sorted()
                        .toList());
    }

    @Test
    void exportsHoldEveryResponseAndNeutraliseFormulas() throws Exception {
        long consultationId = moderated().consultationId();
        String csv = new String(asStaff(() -> downloads.csv(consultationId, Locale.ENGLISH)), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF\"Response ID\",\"Reference number\",\"Organisation\""), csv);
        assertEquals(5, csv.strip().split("\r\n").length, "a header and four responses");
        for (String organisation : SummaryFixture.organisations()) {
            assertTrue(csv.contains(organisation), organisation);
        }
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\""), "the formula is neutralised: " + csv);
        assertTrue(csv.contains("Insulting language") && csv.contains("\"Hidden\""), "states by their labels: " + csv);
        assertTrue(
                csv.contains("\"NGO or association\"") && csv.contains("\"Municipality\""),
                "types by their labels: " + csv);
        assertFalse(csv.contains("ASSOCIATION") || csv.contains("HIDDEN"), "no enum codes: " + csv);
        String finnish = new String(
                asStaff(() -> downloads.csv(consultationId, Locale.forLanguageTag("fi"))), StandardCharsets.UTF_8);
        assertTrue(finnish.startsWith("\uFEFF\"Vastauksen tunniste\""), finnish);
        assertTrue(finnish.contains("\"Piilotettu\"") && finnish.contains("\"Kunta\""), finnish);

        byte[] xlsx = asStaff(() -> downloads.xlsx(consultationId, Locale.ENGLISH));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Responses", sheet.getSheetName());
            assertEquals(4, sheet.getLastRowNum(), "four data rows below the header");
            assertEquals("Organisation", sheet.getRow(0).getCell(2).getStringCellValue());
            assertEquals("Attachments", sheet.getRow(0).getCell(12).getStringCellValue());
            assertEquals("Organisation verified", sheet.getRow(0).getCell(13).getStringCellValue());
            assertEquals(
                    org.apache.poi.ss.usermodel.CellType.BOOLEAN,
                    sheet.getRow(1).getCell(13).getCellType(),
                    "verified or not, as a typed cell");
            List<String> organisations = IntStream.rangeClosed(1, 4)
                    .mapToObj(i -> sheet.getRow(i).getCell(2).getStringCellValue())
                    .sorted()
                    .toList();
            assertEquals(SummaryFixture.organisations().stream().sorted().toList(), organisations);
            assertEquals(
                    org.apache.poi.ss.usermodel.CellType.NUMERIC,
                    sheet.getRow(1).getCell(0).getCellType(),
                    "the response id is a number");
            assertTrue(
                    org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(
                            sheet.getRow(1).getCell(5)),
                    "the submission time is a date cell");
            assertEquals(
                    org.apache.poi.ss.usermodel.CellType.BOOLEAN,
                    sheet.getRow(1).getCell(7).getCellType(),
                    "consent is yes or no");
        }
    }

    @Test
    void theSummaryPdfIsAValidPdfWithTheStatementsAndOnlyPublicCitations() throws Exception {
        long consultationId = published().m().consultationId();
        byte[] pdf = summaryPdf.pdf(consultationId, Locale.ENGLISH).orElseThrow();
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        String all = text.toString();
        assertTrue(all.contains("Funding matters."), all);
        assertTrue(all.contains("The event discussed cooperation."), all);
        assertTrue(all.contains(SummaryFixture.ORG_PUBLIC), all);
        assertFalse(all.contains(SummaryFixture.ORG_HIDDEN), all);
        assertFalse(all.contains(SummaryFixture.ORG_NO_CONSENT), all);
        assertTrue(summaryPdf.pdf(-1, Locale.ENGLISH).isEmpty());
    }

    @Test
    void theTimelineShowsMilestonesAndTheProcessConsultationsAutomatically() throws Exception {
        long consultationId = published().m().consultationId();
        ReportProcess process = asStaff(() -> processes.create(LocalizedText.of("IT-prosessi", null, "IT process")));
        asStaff(() -> {
            processes.addMilestone(
                    process.getId(),
                    MilestoneKind.SUBMISSION_TO_PARLIAMENT,
                    LocalizedText.of("Eduskuntaan", null, "To Parliament"),
                    LocalDate.of(2099, 2, 1),
                    MilestoneStatus.PLANNED);
            processes.include(process.getId(), consultationId);
            return null;
        });
        List<TimelineEntry> timeline = processes.timeline(process.getId());
        assertEquals(
                List.of(MilestoneKind.CONSULTATION, MilestoneKind.SUMMARY, MilestoneKind.SUBMISSION_TO_PARLIAMENT),
                timeline.stream().map(TimelineEntry::kind).toList());
        assertEquals(MilestoneStatus.ONGOING, timeline.get(0).status(), "the fixture consultation is still open");
        assertEquals(MilestoneStatus.DONE, timeline.get(1).status());
        assertThrows(AccessDenied.class, () -> processes.create(LocalizedText.of("x", null, null)));
        ReportProcess other = asStaff(() -> processes.create(LocalizedText.of("Toinen", null, null)));
        assertEquals(
                "process.consultationElsewhere",
                assertThrows(
                                BusinessException.class,
                                () -> asStaff(() -> {
                                    processes.include(other.getId(), consultationId);
                                    return null;
                                }))
                        .getMessageKey());
    }

    // ----- through the pages and the API: each test's own data over HTTP from the container, or the demo data

    @ArquillianResource
    URL base;

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    @Test
    void thePublicSummaryPageAndApiNeverShowHiddenOrNonConsentedResponses() throws Exception {
        long id = published().m().consultationId();
        PageClient visitor = PageClient.english(url(""));
        PageClient.Page page =
                visitor.get("/consultation/summary.xhtml?id=" + id).assertOk();
        assertTrue(page.contains("Funding matters."), page.describe());
        assertTrue(page.contains(SummaryFixture.ORG_PUBLIC) && page.contains(SummaryFixture.ORG_CITY));
        assertFalse(page.body().contains(SummaryFixture.ORG_HIDDEN));
        assertFalse(page.body().contains(SummaryFixture.ORG_NO_CONSENT));

        for (String path :
                List.of("/api/summaries", "/api/summaries/" + id, "/api/consultations/" + id + "/responses")) {
            PageClient.Page api = visitor.get(path);
            assertEquals(200, api.status(), path);
            assertTrue(api.header("Content-Type").orElse("").startsWith("application/json"), path);
            assertFalse(api.body().contains(SummaryFixture.ORG_HIDDEN), path);
            assertFalse(api.body().contains(SummaryFixture.ORG_NO_CONSENT), path);
            assertFalse(api.body().contains("Insulting language"), path);
            assertFalse(api.body().contains("040 123 4567"), "no redacted personal data: " + path);
            assertFalse(api.body().contains("@test.cocreate.fi"), "no emails: " + path);
        }
        assertTrue(visitor.get("/api/summaries/" + id).body().contains(SummaryFixture.ORG_PUBLIC));

        Matcher links = Pattern.compile("response\\.xhtml\\?id=(\\d+)").matcher(page.body());
        List<String> linked = new ArrayList<>();
        while (links.find()) {
            linked.add(links.group(1));
        }
        assertEquals(2, linked.stream().distinct().count(), "links to the two public responses: " + linked);
        for (String responseId : linked) {
            visitor.get("/consultation/response.xhtml?id=" + responseId).assertOk();
            assertEquals(200, visitor.get("/api/responses/" + responseId).status());
        }
        PageClient.Page redacted = visitor.get("/consultation/response.xhtml?id="
                        + linked.stream()
                                .filter(r -> visitor.get("/api/responses/" + r)
                                        .body()
                                        .contains("redactedText\":\"Call"))
                                .findFirst()
                                .orElseThrow())
                .assertOk();
        assertTrue(redacted.contains("Call [name removed]."), redacted.describe());
        assertFalse(redacted.body().contains("040 123 4567"));

        HttpResponse<byte[]> pdf = bytes(url("/api/summaries/" + id + "/pdf?lang=en"));
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
    }

    /**
     * Paging did not change what the list says for a consultation of fewer than 100 public responses: its body is
     * the bodies of {@code /api/responses/{id}} (read through the entities, one response at a time) of exactly the
     * public responses, in the order of their source names, byte for byte, in each language; a whole-response, an
     * answer and a passage redaction among them. One page: the total in X-Total-Count, no Link.
     */
    @Test
    void theListOfPublicResponsesSaysWhatEachResponseSaysInTheOrderOfTheirNames() throws Exception {
        Published whole = published();
        long proposals = publishedWithAnsweredProposals();
        PageClient visitor = PageClient.english(url(""));
        for (long id : List.of(whole.m().consultationId(), proposals)) {
            for (String lang : List.of("fi", "sv", "en")) {
                PageClient.Page list = visitor.get("/api/consultations/" + id + "/responses?lang=" + lang);
                assertEquals(200, list.status(), list.body());
                Matcher ids = Pattern.compile("\"id\":(\\d+)").matcher(list.body());
                List<Long> listed = new ArrayList<>();
                while (ids.find()) {
                    listed.add(Long.parseLong(ids.group(1)));
                }
                assertEquals(2, listed.size(), "the public one and the redacted city: " + list.body());
                List<Long> byName = listed.stream()
                        .sorted(java.util.Comparator.comparing((Long r) -> publicResponses
                                        .response(r)
                                        .orElseThrow()
                                        .source(null))
                                .thenComparing(r -> r))
                        .toList();
                assertEquals(byName, listed, "by the source's name");
                assertEquals(
                        "["
                                + String.join(
                                        ",",
                                        listed.stream()
                                                .map(r -> visitor.get("/api/responses/" + r + "?lang=" + lang)
                                                        .body())
                                                .toList())
                                + "]",
                        list.body(),
                        lang);
                assertEquals("2", list.header("X-Total-Count").orElse(null));
                assertTrue(list.header("Link").isEmpty(), "one page");
            }
        }
        String openapi = visitor.get("/openapi").body();
        assertTrue(
                openapi.contains("X-Total-Count")
                        && openapi.contains("rel=")
                        && openapi.contains("Responses per page, at most 500"),
                "the paging parameters and headers are described: " + openapi);
    }

    @Test
    void hiddenAndNonConsentedResponsesAreNotFoundOnTheirOwnPublicPages() throws Exception {
        long id = published().m().consultationId();
        PageClient visitor = PageClient.english(url(""));
        PageClient.Page export = staff().get("/consultation/staff/export?consultation=" + id + "&format=csv");
        assertEquals(200, export.status(), export.describe());
        String staffCsv = export.body();
        Matcher rows = Pattern.compile("\"(\\d+)\",\"[^\"]*\",\"(" + SummaryFixture.ORG_HIDDEN + "|"
                        + SummaryFixture.ORG_NO_CONSENT + ")\"")
                .matcher(staffCsv);
        int checked = 0;
        while (rows.find()) {
            assertEquals(
                    404,
                    visitor.get("/consultation/response.xhtml?id=" + rows.group(1))
                            .status());
            assertEquals(404, visitor.get("/api/responses/" + rows.group(1)).status());
            checked++;
        }
        assertEquals(2, checked, staffCsv);
    }

    @Test
    void someoneWhoIsNotStaffGets403OnModerationPagesAndExports() throws Exception {
        long id = moderated().consultationId();
        PageClient rep = PageClient.english(url(""));
        rep.login(DemoLogins.ORG_REP.email(), DemoLogins.PASSWORD);
        for (String page : List.of(
                "/consultation/staff/moderation.xhtml?id=" + id,
                "/consultation/staff/summary-edit.xhtml?id=" + id,
                "/consultation/staff/summaries.xhtml",
                "/consultation/staff/processes.xhtml",
                "/consultation/staff/export?consultation=" + id)) {
            assertEquals(403, rep.get(page).status(), page);
            PageClient.Page anonymous = PageClient.english(url("")).get(page);
            assertEquals(302, anonymous.firstStatus(), "anonymous: " + page);
            assertTrue(anonymous.isLoginPage(), "anonymous is sent to the login page: " + anonymous.describe());
        }
    }

    @Test
    void staffPagesShowCountsChartAndRefuseHidingWithoutAReason() throws Exception {
        long id = moderated().consultationId();
        PageClient staff = staff();
        PageClient.Page list =
                staff.get("/consultation/staff/moderation.xhtml?id=" + id).assertOk();
        assertTrue(list.contains(SummaryFixture.ORG_HIDDEN), "staff see hidden responses");
        assertTrue(list.body().contains("themeChart"), "the chart is there");
        assertTrue(list.contains("Responses shown: 4 / 4"), list.describe());
        PageClient.Page filtered =
                list.form("filter").set("state", "HIDDEN").press("apply").assertOk();
        assertTrue(filtered.contains("Responses shown: 1 / 4"), filtered.describe());

        Matcher first = Pattern.compile("moderate-response\\.xhtml\\?id=(\\d+)").matcher(list.body());
        assertTrue(first.find());
        String moderate = "/consultation/staff/moderate-response.xhtml?id=" + first.group(1);
        PageClient.Page refused = staff.get(moderate)
                .assertOk()
                .form("state")
                .set("choice", "HIDDEN")
                .set("reason", "")
                .press("save")
                .assertOk();
        assertEquals(
                "Give the reason for hiding the response.",
                refused.messageBeside("state:reason"),
                "shown beside the reason's input");
        assertFalse(
                refused.document().select(".notice-list").text().contains("Give the reason"),
                "not at the top of the page");

        staff.get("/consultation/staff/summary-edit.xhtml?id=" + id).assertOk();
        staff.get("/consultation/staff/summaries.xhtml").assertOk();
        staff.get("/consultation/staff/processes.xhtml").assertOk();
        PageClient.Page xlsx = staff.get("/consultation/staff/export?consultation=" + id + "&format=xlsx");
        assertEquals(200, xlsx.status());
        assertTrue(xlsx.header("Content-Type").orElse("").contains("spreadsheetml"));
        assertTrue(xlsx.body().startsWith("PK"), "an XLSX is a zip");
    }

    @Test
    @RunAsClient
    void theDemoSummaryTimelineAndOpenApiArePublic() {
        PageClient visitor = PageClient.english(url(""));
        PageClient.Page front = visitor.get("/consultation/index.xhtml").assertOk();
        assertTrue(front.contains("Published summaries"), front.describe());
        Matcher timeline = Pattern.compile("timeline\\.xhtml\\?id=(\\d+)").matcher(front.body());
        assertTrue(timeline.find(), front.body());
        String processes = visitor.get("/api/processes").body();
        assertTrue(processes.contains("SUBMISSION_TO_PARLIAMENT") && processes.contains("2021-02-01"), processes);
        visitor.get("/consultation/timeline.xhtml?id=" + timeline.group(1)).assertOk();
        String summaries = visitor.get("/api/summaries").body();
        assertTrue(summaries.contains("Organisations reach people whom the authorities do not reach"), summaries);
        assertFalse(summaries.contains("Monikielinen kansanopisto"), "the demo college did not consent");
        String openapi = visitor.get("/openapi").body();
        assertTrue(openapi.contains("/api/summaries") && openapi.contains("/api/consultations"), openapi);
    }

    @Test
    @RunAsClient
    void anUnknownApiResourceOrPathAnswersProblemDetailsInJsonNotTheHtmlErrorPage() {
        PageClient visitor = PageClient.english(url(""));
        for (String path :
                List.of("/api/consultations/987654321", "/api/summaries/987654321", "/api/no-such-resource")) {
            PageClient.Page answer = visitor.get(path);
            assertEquals(404, answer.status(), path);
            assertEquals(
                    "application/problem+json",
                    answer.header("Content-Type").orElse("").replaceFirst(";.*", ""),
                    path);
            assertTrue(
                    answer.body().contains("\"status\":404") && answer.body().contains("\"title\":\"Not Found\""),
                    answer.body());
            assertFalse(answer.body().contains("<html"), answer.body());
        }
    }

    @Test
    @RunAsClient
    void staffWriteCiteAndPublishASummaryThroughThePages() {
        PageClient staff = staff();
        String workbench =
                staff.get("/consultation/staff/summaries.xhtml").assertOk().body();
        String open = editorOf(workbench, "Municipal integration programmes and multi-sectoral cooperation");
        PageClient.Page early =
                staff.get(open).assertOk().form("publish").press("publish").assertOk();
        assertTrue(early.contains("The summary can be published only after the feedback deadline."), early.describe());

        String closed = editorOf(workbench, "Health, wellbeing and the integration of families");
        PageClient.Page empty = staff.get(closed)
                .assertOk()
                .form("statement")
                .set("section", "FEEDBACK")
                .set("theme", "")
                .set("textFi", "")
                .set("textSv", "")
                .set("textEn", "")
                .press("add")
                .assertOk();
        assertTrue(empty.contains("Write the statement in at least one language."), empty.describe());
        PageClient.Page added = empty.form("statement")
                .set("section", "FEEDBACK")
                .set("theme", "HEALTH_AND_WELLBEING")
                .set("textFi", "")
                .set("textSv", "")
                .set("textEn", "Interpreting in health services came up often.")
                .press("add")
                .assertOk();
        assertTrue(added.contains("The statement is added."), added.describe());

        Matcher statement = Pattern.compile("<option value=\"(\\d+)\"[^>]*>\\d+\\. Interpreting")
                .matcher(added.body());
        assertTrue(statement.find(), added.body());
        // The source picker searches (an autoComplete): the form posts the chosen value in its hidden input.
        Matcher consultation = Pattern.compile("id=(\\d+)").matcher(closed);
        assertTrue(consultation.find(), closed);
        Object responseId = ServerSide.query(
                        "SELECT id FROM response WHERE consultation_id = ? AND state ="
                                + " 'SUBMITTED' ORDER BY id LIMIT 1",
                        Long.parseLong(consultation.group(1)))
                .get(0)
                .get("id");
        PageClient.Page cited = added.form("cite")
                .set("statement", statement.group(1))
                .set("source_input", "")
                .set("source_hinput", "r:" + responseId)
                .press("add")
                .assertOk();
        assertTrue(cited.contains("The citation is added."), cited.describe());

        // Every statement is cited now: the page asks no confirmation of uncited ones (the old test posted one anyway).
        PageClient.Page published = cited.form("publish").press("publish").assertOk();
        assertTrue(published.contains("The summary is published."), published.describe());
        long id = Long.parseLong(closed.replaceAll(".*id=", ""));
        PageClient.Page page = PageClient.english(url(""))
                .get("/consultation/summary.xhtml?id=" + id)
                .assertOk();
        assertTrue(page.contains("Interpreting in health services came up often."), page.describe());
    }

    private static String editorOf(String workbench, String title) {
        Matcher m = Pattern.compile(Pattern.quote(title) + "</td>.*?summary-edit\\.xhtml\\?id=(\\d+)", Pattern.DOTALL)
                .matcher(workbench);
        assertTrue(m.find(), workbench);
        return "/consultation/staff/summary-edit.xhtml?id=" + m.group(1);
    }

    private PageClient staff() {
        PageClient staff = PageClient.english(url(""));
        staff.login(DemoLogins.STAFF.email(), DemoLogins.PASSWORD);
        return staff;
    }

    private static HttpResponse<byte[]> bytes(String url) {
        try {
            return HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
