package fi.cocreate.consultation;

import static fi.cocreate.testing.ActingCaller.acting;
import static fi.cocreate.testing.ConsultationFixtures.PASSWORD;
import static fi.cocreate.testing.ConsultationFixtures.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.common.BusinessException;
import fi.cocreate.consultation.boundary.Attachments;
import fi.cocreate.consultation.boundary.DeadlineReminders;
import fi.cocreate.consultation.boundary.EnteredResponses;
import fi.cocreate.consultation.boundary.Organisations;
import fi.cocreate.consultation.boundary.Responses;
import fi.cocreate.consultation.entity.AnswerInput;
import fi.cocreate.consultation.entity.AttachmentInfo;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.DeadlineExtension;
import fi.cocreate.consultation.entity.DeadlineReminder;
import fi.cocreate.consultation.entity.Response;
import fi.cocreate.consultation.entity.ResponseChannel;
import fi.cocreate.consultation.entity.ResponseState;
import fi.cocreate.identity.boundary.Accounts;
import fi.cocreate.identity.entity.Account;
import fi.cocreate.identity.entity.Role;
import fi.cocreate.testing.ActingCaller;
import fi.cocreate.testing.ConsultationFixtures;
import fi.cocreate.testing.Deployments;
import fi.cocreate.testing.MailSinkClient;
import fi.cocreate.testing.PageClient;
import fi.cocreate.testing.TestAccounts;
import fi.cocreate.testing.TestClockProducer;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.ServletContext;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Written responses through the real boundaries on MariaDB and SMTP, with the clock moved: drafts, submission with
 * receipt, versions, the deadline, attachments checked by content, reminders once per point, and that organisation A
 * never reads or changes B's response by changing an id. The pages are tested in {@link ConsultationPagesIT}.
 */
@ExtendWith(ArquillianExtension.class)
class ConsultationResponsesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    ConsultationFixtures fixtures;

    @Inject
    Responses responses;

    @Inject
    EnteredResponses enteredResponses;

    @Inject
    Organisations organisations;

    @Inject
    Attachments attachments;

    @Inject
    fi.cocreate.consultation.boundary.Extensions extensions;

    /** Small reads for the extension test. */
    private static final class ServerSideIds {
        static long organisationOf(jakarta.persistence.EntityManager em, String email) {
            return em.createQuery(
                            "select o.id from Organisation o join o.representatives a where a.email = :e", Long.class)
                    .setParameter("e", email)
                    .getSingleResult();
        }

        static boolean bool(jakarta.persistence.EntityManager em, String jpql, long id) {
            return em.createQuery(jpql, Boolean.class).setParameter("id", id).getSingleResult();
        }
    }

    @Inject
    DeadlineReminders reminders;

    @Inject
    Accounts accounts;

    @Inject
    UserTransaction tx;

    @PersistenceContext
    EntityManager em;

    @Inject
    ServletContext servletContext;

    private final MailSinkClient sink = MailSinkClient.forTests();
    private Instant now;

    @BeforeEach
    void fixClock() {
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        TestClockProducer.CLOCK.set(now);
    }

    @AfterEach
    void resetClock() {
        TestClockProducer.CLOCK.reset();
    }

    private static List<AnswerInput> answers(Consultation consultation, String text, Integer choice) {
        return List.of(
                AnswerInput.text(consultation.getQuestions().get(0).getId(), text),
                new AnswerInput(
                        consultation.getQuestions().get(1).getId(),
                        null,
                        choice == null ? Set.of() : Set.of(choice),
                        null));
    }

    @Test
    void draftThenSubmitGivesReferenceNumberAndReceiptInTheRepresentativesLanguage() {
        String rep = fixtures.organisationWithRepresentative("Receipt ry", "fi");
        Consultation consultation = fixtures.consultation("Receipts", now, now.plus(Duration.ofDays(10)));

        acting(
                rep,
                () -> responses.saveDraft(
                        consultation.getId(), answers(consultation, "Ensimm\u00e4inen luonnos", null), false));
        Response draft =
                acting(rep, () -> responses.mineFor(consultation.getId())).orElseThrow();
        assertEquals(ResponseState.DRAFT, draft.getState());
        assertEquals(null, draft.getReferenceNumber());

        Response submitted = acting(
                rep,
                () -> responses.submit(
                        consultation.getId(),
                        answers(consultation, "Lopullinen vastaus <b>ja</b> perustelut", 1),
                        true));
        String reference = submitted.getReferenceNumber();
        assertEquals("CC-" + consultation.getId() + "-" + String.format("%05d", submitted.getId()), reference);
        assertEquals(draft.getId(), submitted.getId(), "the draft became the submission");

        MimeMessage receipt = sink.awaitMails(rep, 1, Duration.ofSeconds(30)).get(0);
        String text = plain(receipt);
        assertEquals("Vastaus vastaanotettu: " + reference, subject(receipt));
        assertEquals("fi", header(receipt, "Content-Language"));
        assertTrue(text.contains("Viitenumero: " + reference), text);
        assertTrue(text.contains("Receipt ry"), text);
        assertTrue(text.contains("1. Mit\u00e4 mielt\u00e4 olette?\nLopullinen vastaus <b>ja</b> perustelut"), text);
        assertTrue(text.contains("2. Kumpi?\n[x] Toinen"), text);
        assertTrue(text.contains("Vastauksen saa julkaista organisaation nimell\u00e4."), text);
    }

    @Test
    void aSubmissionsDigestCoversItsContentAndThePublicCheckConfirmsOnlyThatExactContent() throws Exception {
        String rep = fixtures.organisationWithRepresentative("Digest ry", "en");
        Consultation consultation = fixtures.consultation("Digests", now, now.plus(Duration.ofDays(5)));
        byte[] pdf = ConsultationFixtures.pdf(1500);
        acting(rep, () -> attachments.attach(consultation.getId(), "statement.pdf", pdf));
        Response submitted = acting(
                rep, () -> responses.submit(consultation.getId(), answers(consultation, "We support it.", 0), true));
        String reference = submitted.getReferenceNumber();
        String digest = submitted.getSubmittedDigest();

        // Rebuilt by hand from the canonical form documented in docs/consultation-summaries.md.
        long q1 = consultation.getQuestions().get(0).getId();
        long q2 = consultation.getQuestions().get(1).getId();
        String canonical = "cocreate-response-v1\nconsultation " + consultation.getId() + "\n"
                + "answer " + q1 + " text 14:We support it. options - scale -\n"
                + "answer " + q2 + " text 0: options 0 scale -\n"
                + "consent yes\n"
                + "attachment " + hex(MessageDigest.getInstance("SHA-256").digest(pdf)) + " 13:statement.pdf\n";
        assertTrue(q1 < q2, "the canonical form orders answers by question id");
        assertEquals(
                hex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8))), digest);
        assertEquals(
                digest,
                em.createQuery(
                                "select v.digest from ResponseVersion v where v.response.id = :r" + " and v.number = 1",
                                String.class)
                        .setParameter("r", submitted.getId())
                        .getSingleResult());

        String mail = plain(sink.awaitMails(rep, 1, Duration.ofSeconds(30)).get(0));
        assertTrue(mail.contains("SHA-256 digest of the content: " + digest), mail);
        assertTrue(mail.contains("/consultation/receipt.xhtml?reference=" + reference + "&digest=" + digest), mail);

        PageClient visitor = PageClient.english(System.getenv("PUBLIC_BASE_URL") + servletContext.getContextPath());
        PageClient.Page confirmed = visitor.get("/consultation/receipt.xhtml?reference=" + reference + "&digest="
                        + digest.toUpperCase(java.util.Locale.ROOT))
                .assertOk();
        assertTrue(confirmed.contains("This content was received."), confirmed.describe());
        assertTrue(confirmed.contains("Digest ry") && confirmed.contains("Digests"), confirmed.describe());

        char last = digest.charAt(63);
        String tampered = digest.substring(0, 63) + (last == '0' ? '1' : '0');
        PageClient.Page refused = visitor.get(
                        "/consultation/receipt.xhtml?reference=" + reference + "&digest=" + tampered)
                .assertOk();
        assertTrue(
                refused.contains("No submitted response has this reference number and this digest."),
                refused.describe());
        assertFalse(refused.contains("Digest ry"), "nothing about the response without the exact digest");
        PageClient.Page malformed = visitor.get("/consultation/receipt.xhtml?reference=" + reference
                        + "&digest=%3Cscript%3Ealert(1)%3C/script%3E")
                .assertOk();
        assertTrue(malformed.contains("A digest is 64 characters"), malformed.describe());
        assertFalse(malformed.body().contains("<script>alert(1)"), "the typed text is escaped");

        // A changed, resubmitted response gets its own digest; the first one still confirms version 1.
        Response second = acting(
                rep, () -> responses.submit(consultation.getId(), answers(consultation, "We support it!", 0), true));
        assertNotEquals(digest, second.getSubmittedDigest());
        assertTrue(visitor.get("/consultation/receipt.xhtml?reference=" + reference + "&digest=" + digest)
                .contains("This content was received."));
    }

    @Test
    void aFileAddedOrRemovedAfterASubmissionReachesStaffOnlyWithTheNextSubmission() throws Exception {
        String rep = fixtures.organisationWithRepresentative("Files later ry", "en");
        Consultation consultation = fixtures.consultation("Files later", now, now.plus(Duration.ofDays(5)));
        String staff = fi.cocreate.identity.control.DemoLogins.STAFF.email();
        long statement = acting(
                        rep,
                        () -> attachments.attach(consultation.getId(), "statement.pdf", ConsultationFixtures.pdf(300)))
                .id();
        Response first =
                acting(rep, () -> responses.submit(consultation.getId(), answers(consultation, "Our view.", 0), true));
        String digest = first.getSubmittedDigest();

        long annex = acting(
                        rep, () -> attachments.attach(consultation.getId(), "annex.pdf", ConsultationFixtures.pdf(400)))
                .id();
        acting(rep, () -> attachments.remove(statement));
        assertEquals(
                List.of("annex.pdf"),
                acting(rep, () -> attachments.ofMyResponse(first.getId())).stream()
                        .map(AttachmentInfo::fileName)
                        .toList(),
                "the organisation's draft");
        assertTrue(
                acting(rep, () -> responses.mineFor(consultation.getId()))
                        .orElseThrow()
                        .hasUnsubmittedChanges(),
                "the file changes wait to be submitted");
        assertEquals(
                List.of("statement.pdf"),
                attachments.list(first.getId()).stream()
                        .map(AttachmentInfo::fileName)
                        .toList(),
                "staff read what was submitted");
        assertEquals(
                "attachment.notFound",
                assertThrows(BusinessException.class, () -> acting(staff, () -> attachments.forStaff(annex)))
                        .getMessageKey(),
                "not the draft's new file");
        assertEquals(
                300,
                acting(staff, () -> attachments.forStaff(statement)).getContent().length,
                "and still the submitted file the draft dropped");
        assertEquals(digest, responses.find(first.getId()).getSubmittedDigest(), "the submitted content is unchanged");

        Response second =
                acting(rep, () -> responses.submit(consultation.getId(), answers(consultation, "Our view.", 0), true));
        assertEquals(Integer.valueOf(2), second.getSubmittedVersion());
        assertNotEquals(digest, second.getSubmittedDigest(), "the files are part of the content");
        assertEquals(
                List.of("annex.pdf"),
                attachments.list(first.getId()).stream()
                        .map(AttachmentInfo::fileName)
                        .toList());
        assertEquals(400, acting(staff, () -> attachments.forStaff(annex)).getContent().length);
        assertThrows(BusinessException.class, () -> acting(staff, () -> attachments.forStaff(statement)));
        assertEquals(
                300,
                acting(rep, () -> attachments.mine(statement)).getContent().length,
                "version 1 keeps its file for the organisation's record");
    }

    private static String hex(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(bytes);
    }

    @Test
    void editAfterSubmissionMakesANewVersionAndEarlierVersionsAreKept() {
        String rep = fixtures.organisationWithRepresentative("Versions ry", "en");
        Consultation consultation = fixtures.consultation("Versions", now, now.plus(Duration.ofDays(10)));
        acting(rep, () -> responses.submit(consultation.getId(), answers(consultation, "first submission", 0), false));
        TestClockProducer.CLOCK.advance(Duration.ofHours(1));
        acting(
                rep,
                () -> responses.saveDraft(consultation.getId(), answers(consultation, "second thoughts", 0), false));
        acting(rep, () -> responses.submit(consultation.getId(), answers(consultation, "second submission", 1), true));

        Response response =
                acting(rep, () -> responses.mineFor(consultation.getId())).orElseThrow();
        assertEquals(2, response.getVersions().size());
        assertEquals(Integer.valueOf(2), response.getSubmittedVersion());
        assertEquals("first submission", text(response, 1));
        assertEquals("second submission", text(response, 2));
        assertTrue(response.version(1).orElseThrow().isSubmitted());
        List<MimeMessage> receipts = sink.awaitMails(rep, 2, Duration.ofSeconds(30));
        assertTrue(plain(receipts.get(1)).contains("Version: 2"));
        assertEquals(subject(receipts.get(0)), subject(receipts.get(1)), "same reference number in both receipts");
    }

    @Test
    void oneCurrentResponsePerOrganisationAlsoForAColleagueAndInTheDatabase() throws Exception {
        String rep = fixtures.organisationWithRepresentative("One ry", "en");
        Consultation consultation = fixtures.consultation("One per organisation", now, now.plus(Duration.ofDays(5)));
        String colleague = fixtures.representative("colleague", "en");
        tx.begin();
        long organisationId = fixtures.organisationOf(rep);
        organisations
                .find(organisationId)
                .addRepresentative(accounts.findByEmail(colleague).orElseThrow());
        tx.commit();

        acting(
                rep,
                () -> responses.saveDraft(consultation.getId(), answers(consultation, "by the first", null), false));
        acting(
                colleague,
                () -> responses.saveDraft(
                        consultation.getId(), answers(consultation, "by the colleague", null), false));
        List<Response> all = responses.ofConsultation(consultation.getId());
        assertEquals(1, all.size());
        assertEquals("by the colleague", text(all.get(0), 1));

        tx.begin();
        try {
            Account account = accounts.findByEmail(rep).orElseThrow();
            em.persist(new Response(
                    em.find(Consultation.class, consultation.getId()),
                    organisations.find(organisationId),
                    account,
                    now));
            assertThrows(PersistenceException.class, () -> em.flush(), "the unique key refuses a second response");
        } finally {
            tx.rollback();
        }
    }

    @Test
    void submitAtOrAfterTheDeadlineIsRefusedAndTheSavedDraftStays() {
        String rep = fixtures.organisationWithRepresentative("Late ry", "en");
        Instant deadline = now.plus(Duration.ofDays(2));
        Consultation consultation = fixtures.consultation("Deadline", now, deadline);
        TestClockProducer.CLOCK.set(deadline.minusSeconds(1));
        acting(
                rep,
                () -> responses.saveDraft(consultation.getId(), answers(consultation, "saved in time", null), false));

        TestClockProducer.CLOCK.set(deadline);
        BusinessException refused = assertThrows(
                BusinessException.class,
                () -> acting(
                        rep,
                        () -> responses.submit(consultation.getId(), answers(consultation, "too late", null), true)));
        assertEquals("response.afterDeadline", refused.getMessageKey());
        TestClockProducer.CLOCK.set(deadline.plusSeconds(1));
        assertThrows(
                BusinessException.class,
                () -> acting(
                        rep,
                        () -> responses.saveDraft(
                                consultation.getId(), answers(consultation, "too late", null), true)));

        Response kept =
                acting(rep, () -> responses.mineFor(consultation.getId())).orElseThrow();
        assertEquals(ResponseState.DRAFT, kept.getState());
        assertEquals("saved in time", text(kept, 1));
    }

    @Test
    void attachmentTypeIsJudgedByContentNotByName() {
        String rep = fixtures.organisationWithRepresentative("Files ry", "en");
        Consultation consultation = fixtures.consultation("Attachments", now, now.plus(Duration.ofDays(5)));
        byte[] text = "Just some text pretending to be a PDF".getBytes(StandardCharsets.UTF_8);
        BusinessException refused = assertThrows(
                BusinessException.class,
                () -> acting(rep, () -> attachments.attach(consultation.getId(), "statement.pdf", text)));
        assertEquals("attachment.badType", refused.getMessageKey());
        assertEquals(
                "attachment.tooLarge",
                assertThrows(
                                BusinessException.class,
                                () -> acting(
                                        rep,
                                        () -> attachments.attach(
                                                consultation.getId(),
                                                "big.pdf",
                                                ConsultationFixtures.pdf(10 * 1024 * 1024 + 1))))
                        .getMessageKey());

        AttachmentInfo stored =
                acting(rep, () -> attachments.attach(consultation.getId(), "lausunto", ConsultationFixtures.pdf(2000)));
        assertEquals("lausunto.pdf", stored.fileName());
        assertEquals("application/pdf", stored.contentType());
        Response response =
                acting(rep, () -> responses.mineFor(consultation.getId())).orElseThrow();
        assertEquals(
                List.of(stored.id()),
                acting(rep, () -> attachments.ofMyResponse(response.getId())).stream()
                        .map(AttachmentInfo::id)
                        .toList());
        assertEquals(2000, acting(rep, () -> attachments.mine(stored.id())).getContent().length);
    }

    @Test
    void anExtendedOrganisationRespondsUntilItsOwnDeadlineAndItsSubmissionIsMarkedLate() throws Exception {
        String late = fixtures.organisationWithRepresentative("Extended ry", "en");
        String other = fixtures.organisationWithRepresentative("Punctual ry", "en");
        Instant deadline = now.plus(Duration.ofDays(2));
        Instant until = deadline.plus(Duration.ofDays(1));
        Consultation consultation = fixtures.consultation("Extension", now, deadline);
        long organisation = ServerSideIds.organisationOf(em, late);
        DeadlineExtension granted = ActingCaller.asStaff(() ->
                extensions.grant(consultation.getId(), organisation, until, "The board meets after the deadline"));
        assertEquals(
                "extension.untilAfterDeadline",
                assertThrows(
                                BusinessException.class,
                                () -> ActingCaller.asStaff(
                                        () -> extensions.grant(consultation.getId(), organisation, deadline, "No")))
                        .getMessageKey());
        assertThrows(
                fi.cocreate.common.AccessDenied.class,
                () -> extensions.grant(consultation.getId(), organisation, until, "Not staff"),
                "staff only");

        TestClockProducer.CLOCK.set(deadline.plusSeconds(1));
        assertEquals(
                "response.afterDeadline",
                assertThrows(
                                BusinessException.class,
                                () -> acting(
                                        other,
                                        () -> responses.saveDraft(
                                                consultation.getId(), answers(consultation, "too late", null), false)))
                        .getMessageKey(),
                "the other organisation has no extension");
        long file = acting(
                        late, () -> attachments.attach(consultation.getId(), "late.pdf", ConsultationFixtures.pdf(100)))
                .id();
        Response submitted = acting(
                late,
                () -> responses.submit(consultation.getId(), answers(consultation, "on time for us", null), true));
        assertTrue(submitted.isLate(), "after the consultation's deadline: marked late");
        assertTrue(ServerSideIds.bool(em, "select r.late from Response r where r.id = :id", submitted.getId()));

        TestClockProducer.CLOCK.set(until);
        assertEquals(
                "response.afterDeadline",
                assertThrows(
                                BusinessException.class,
                                () -> acting(
                                        late,
                                        () -> responses.submit(
                                                consultation.getId(),
                                                answers(consultation, "after our end", null),
                                                true)))
                        .getMessageKey());
        assertThrows(
                BusinessException.class,
                () -> acting(late, () -> attachments.remove(file)),
                "closed for attachments too");
        assertEquals(
                "on time for us",
                text(acting(late, () -> responses.mineFor(consultation.getId())).orElseThrow(), 1));

        TestClockProducer.CLOCK.set(deadline.plusSeconds(2));
        ActingCaller.asStaff(() -> {
            extensions.withdraw(consultation.getId(), granted.getId());
            return null;
        });
        assertEquals(
                "response.afterDeadline",
                assertThrows(
                                BusinessException.class,
                                () -> acting(
                                        late,
                                        () -> responses.saveDraft(
                                                consultation.getId(), answers(consultation, "withdrawn", null), false)))
                        .getMessageKey(),
                "withdrawn: the consultation's deadline again");
    }

    @Test
    void staffEnterAStatementReceivedByPostAsOfItsArrivalAndMarkedLateWhenItCameAfterTheDeadline() throws Exception {
        String rep = fixtures.organisationWithRepresentative("Letter ry", "en");
        long organisation = ServerSideIds.organisationOf(em, rep);
        Instant deadline = now.plus(Duration.ofDays(2));
        Consultation consultation = fixtures.consultation("By post", now, deadline);
        Instant today = deadline.plus(Duration.ofDays(3));
        TestClockProducer.CLOCK.set(today);
        List<AnswerInput> letter = answers(consultation, "Our letter, posted on time", null);
        assertEquals(
                "entered.arrivalOutOfRange",
                assertThrows(
                                BusinessException.class,
                                () -> ActingCaller.asStaff(() -> enteredResponses.enterReceived(
                                        consultation.getId(),
                                        organisation,
                                        ResponseChannel.POST,
                                        today.plusSeconds(60),
                                        letter,
                                        true)))
                        .getMessageKey(),
                "an arrival in the future");
        assertEquals(
                "entered.channelRequired",
                assertThrows(
                                BusinessException.class,
                                () -> ActingCaller.asStaff(() -> enteredResponses.enterReceived(
                                        consultation.getId(),
                                        organisation,
                                        ResponseChannel.WEB,
                                        deadline,
                                        letter,
                                        true)))
                        .getMessageKey());
        assertThrows(
                fi.cocreate.common.AccessDenied.class,
                () -> enteredResponses.enterReceived(
                        consultation.getId(), organisation, ResponseChannel.POST, deadline, letter, true),
                "staff only");

        Instant arrived = deadline.plusSeconds(3600);
        Response entered = ActingCaller.asStaff(() -> enteredResponses.enterReceived(
                consultation.getId(), organisation, ResponseChannel.POST, arrived, letter, true));
        assertEquals(ResponseState.SUBMITTED, entered.getState());
        assertEquals(arrived, entered.getSubmittedAt(), "as of its arrival, not of its entry");
        assertTrue(entered.isLate(), "it arrived after the deadline");
        assertEquals(ResponseChannel.POST, entered.getChannel());
        assertEquals(
                "Our letter, posted on time",
                text(acting(rep, () -> responses.mineFor(consultation.getId())).orElseThrow(), 1));
        assertEquals(
                1L,
                em.createQuery("select count(m) from OutboxMail m where m.recipient = :r and m.kind = :k", Long.class)
                        .setParameter("r", rep)
                        .setParameter("k", "RESPONSE_RECEIPT")
                        .getSingleResult(),
                "the organisation's representative gets the receipt");
        assertEquals(
                "entered.alreadySubmitted",
                assertThrows(
                                BusinessException.class,
                                () -> ActingCaller.asStaff(() -> enteredResponses.enterReceived(
                                        consultation.getId(),
                                        organisation,
                                        ResponseChannel.EMAIL,
                                        arrived,
                                        letter,
                                        true)))
                        .getMessageKey(),
                "entered once");
    }

    @Test
    void organisationANeverReadsOrChangesBsResponseByChangingAnId() {
        String repA = fixtures.organisationWithRepresentative("A ry", "en");
        String repB = fixtures.organisationWithRepresentative("B ry", "en");
        Consultation consultation = fixtures.consultation("Tampering", now, now.plus(Duration.ofDays(5)));
        acting(
                repB,
                () -> responses.saveDraft(
                        consultation.getId(), answers(consultation, "B's secret draft", null), false));
        long bResponse = acting(repB, () -> responses.mineFor(consultation.getId()))
                .orElseThrow()
                .getId();
        long bFile = acting(
                        repB, () -> attachments.attach(consultation.getId(), "b.pdf", ConsultationFixtures.pdf(100)))
                .id();

        assertEquals(
                "response.notFound",
                assertThrows(BusinessException.class, () -> acting(repA, () -> responses.mine(bResponse)))
                        .getMessageKey());
        assertEquals(
                "attachment.notFound",
                assertThrows(BusinessException.class, () -> acting(repA, () -> attachments.mine(bFile)))
                        .getMessageKey());
        assertThrows(BusinessException.class, () -> acting(repA, () -> attachments.remove(bFile)));
        assertThrows(BusinessException.class, () -> acting(repA, () -> attachments.ofMyResponse(bResponse)));
        assertTrue(
                acting(repA, () -> responses.mineFor(consultation.getId())).isEmpty(), "A sees no response of its own");

        acting(
                repA,
                () -> responses.saveDraft(consultation.getId(), answers(consultation, "A's own text", null), false));
        assertEquals("B's secret draft", text(responses.find(bResponse), 1), "B's draft is untouched");
        assertEquals(1, acting(repB, () -> attachments.ofMyResponse(bResponse)).size(), "B's file is untouched");
        assertTrue(attachments.list(bResponse).isEmpty(), "and staff see no file of a draft never submitted");
        assertNotEquals(
                bResponse,
                acting(repA, () -> responses.mineFor(consultation.getId()))
                        .orElseThrow()
                        .getId());

        String applicant = TestAccounts.uniqueEmail("applicant");
        accounts.create(applicant, "Applicant", PASSWORD, "en", List.of(Role.APPLICANT), true);
        assertEquals(
                "access.denied",
                assertThrows(BusinessException.class, () -> acting(applicant, () -> responses.mine(bResponse)))
                        .getMessageKey());
        assertEquals(
                "access.denied",
                assertThrows(
                                BusinessException.class,
                                () -> acting(repA, () -> organisations.verify(fixtures.organisationOf(repA))))
                        .getMessageKey(),
                "a representative cannot verify");
    }

    @Test
    void unverifiedOrganisationMayRespondButIsNotCountedUntilStaffVerify() {
        String rep = fixtures.organisationWithRepresentative("Unverified ry", "en");
        Consultation consultation = fixtures.consultation("Counting", now, now.plus(Duration.ofDays(5)));
        Response response =
                acting(rep, () -> responses.submit(consultation.getId(), answers(consultation, "our view", 0), false));
        assertTrue(response.isSubmitted());
        assertFalse(response.isCounted(), "submitted but not yet counted");

        acting(STAFF, () -> organisations.verify(fixtures.organisationOf(rep)));
        assertTrue(responses.find(response.getId()).isCounted());
    }

    @Test
    void remindersGoOnlyToDraftsWithoutSubmissionOncePerReminderPoint() {
        Instant deadline = now.plus(Duration.ofDays(10));
        Consultation consultation = fixtures.consultation("Reminders", now, deadline);
        String drafting = fixtures.organisationWithRepresentative("Drafting ry", "en");
        String drafting2 = fixtures.organisationWithRepresentative("Also drafting ry", "sv");
        String submitted = fixtures.organisationWithRepresentative("Submitted ry", "en");
        String silent = fixtures.organisationWithRepresentative("Silent ry", "en");
        acting(drafting, () -> responses.saveDraft(consultation.getId(), answers(consultation, "draft", null), false));
        acting(
                drafting2,
                () -> responses.saveDraft(consultation.getId(), answers(consultation, "utkast", null), false));
        acting(submitted, () -> responses.submit(consultation.getId(), answers(consultation, "done", 0), false));

        TestClockProducer.CLOCK.set(deadline.minus(Duration.ofDays(3)).minusSeconds(1));
        reminders.sendDue();
        assertTrue(remindersOf(consultation).isEmpty(), "nothing before the first point");

        TestClockProducer.CLOCK.set(deadline.minus(Duration.ofDays(3)).plusSeconds(1));
        reminders.sendDue();
        reminders.sendDue();
        MimeMessage first = sink.awaitMails(drafting, 1, Duration.ofSeconds(30)).get(0);
        assertEquals("Reminder: the response of Drafting ry is not submitted yet", subject(first));
        assertTrue(plain(first).contains("in 3 days"), plain(first));
        assertEquals(
                "P\u00e5minnelse: svaret fr\u00e5n Also drafting ry \u00e4r inte skickat \u00e4nnu",
                subject(sink.awaitMails(drafting2, 1, Duration.ofSeconds(30)).get(0)));

        TestClockProducer.CLOCK.set(deadline.minus(Duration.ofDays(1)).plusSeconds(1));
        reminders.sendDue();
        reminders.sendDue();
        List<MimeMessage> both = sink.awaitMails(drafting, 2, Duration.ofSeconds(30));
        assertTrue(plain(both.get(1)).contains("in one day"), plain(both.get(1)));

        TestClockProducer.CLOCK.set(deadline.minusSeconds(1));
        reminders.sendDue();
        sleep(3000);
        assertEquals(2, reminderMails(drafting), "exactly once per point");
        assertEquals(2, reminderMails(drafting2));
        assertEquals(0, reminderMails(submitted), "a submitted response gets no reminder");
        assertEquals(0, reminderMails(silent), "no draft, no reminder");
        assertEquals(4, remindersOf(consultation).size(), "two organisations times two points");
    }

    @Test
    void demoDataGivesTheDemoRepresentativeAVerifiedOrganisationAnOpenDraftAndClosedResponses() {
        String demoRep = fi.cocreate.identity.control.DemoLogins.ORG_REP.email();
        var organisation = acting(demoRep, () -> organisations.mine()).orElseThrow();
        assertTrue(organisation.isVerified());
        List<Response> own = acting(demoRep, () -> responses.ofMyOrganisation());
        assertTrue(
                own.stream()
                        .anyMatch(r -> r.getState() == ResponseState.DRAFT
                                && r.getConsultation().acceptsFeedbackAt(Instant.now())),
                "a draft in an open consultation");
        Consultation roleOfOrganisations = em.createNamedQuery(Consultation.ALL, Consultation.class)
                .getResultStream()
                .filter(c -> "The role of organisations in integration work"
                        .equals(c.getTitle().getEn()))
                .findFirst()
                .orElseThrow();
        assertEquals(3, responses.submittedOf(roleOfOrganisations.getId()).size());
        assertEquals(3, roleOfOrganisations.getQuestions().size());
        assertTrue(
                roleOfOrganisations.getThemes().contains(fi.cocreate.consultation.entity.Theme.ROLE_OF_ORGANISATIONS));
    }

    private List<DeadlineReminder> remindersOf(Consultation consultation) {
        return em.createNamedQuery(DeadlineReminder.OF_CONSULTATION, DeadlineReminder.class)
                .setParameter("consultationId", consultation.getId())
                .getResultList();
    }

    private long reminderMails(String address) {
        return sink.to(address).stream()
                .filter(m -> subject(m).startsWith("Reminder") || subject(m).startsWith("P\u00e5minnelse"))
                .count();
    }

    private static String text(Response response, int version) {
        return response.version(version).orElseThrow().getAnswers().get(0).getText();
    }

    private static String plain(MimeMessage mail) {
        return MailSinkClient.text(mail).replace("\r\n", "\n");
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String header(MimeMessage mail, String name) {
        try {
            return mail.getHeader(name)[0];
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
