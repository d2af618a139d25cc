package fi.cocreate.consultation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.LocalizedText;
import fi.cocreate.identity.entity.Account;
import fi.cocreate.testing.MutableClock;
import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules a response guards itself: the deadline at the instant of saving, versions, the current version. */
class ResponseRulesTest {

    private static final Instant OPENS = Instant.parse("2026-11-01T07:00:00Z");
    private static final Instant DEADLINE = Instant.parse("2026-11-30T22:00:00Z");

    private final MutableClock clock = new MutableClock(ZoneId.of("Europe/Helsinki"));
    private Consultation consultation;
    private Question text;
    private Question choice;
    private Organisation organisation;
    private Account author;
    private Response response;

    @BeforeEach
    void setUp() throws Exception {
        clock.set(Instant.parse("2026-11-20T10:00:00Z"));
        consultation = new Consultation(
                null, LocalizedText.of("Kuuleminen", null, "Consultation"), null, OPENS, DEADLINE, OPENS);
        text = consultation.addQuestion(
                QuestionType.FREE_TEXT, LocalizedText.of("Mit\u00e4?", null, "What?"), 20, List.of(), null, null);
        choice = consultation.addQuestion(
                QuestionType.SINGLE_CHOICE,
                LocalizedText.of("Kumpi?", null, "Which?"),
                100,
                List.of(
                        new QuestionOption(LocalizedText.of("A", null, "A")),
                        new QuestionOption(LocalizedText.of("B", null, "B"))),
                null,
                null);
        setId(Question.class, text, 11L);
        setId(Question.class, choice, 12L);
        organisation = new Organisation("Yhdistys ry", "0737546-2", null, OrganisationType.ASSOCIATION, OPENS);
        author = new Account("rep@example.org", "Rep", "hash", "fi", OPENS);
        organisation.addRepresentative(author); // the first representative: its approver
        response = new Response(consultation, organisation, author, clock.instant());
        setId(Response.class, response, 7L);
    }

    private static <T> void setId(Class<T> type, T entity, long id) throws Exception {
        Field field = type.getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
    }

    private List<AnswerInput> answer(String words) {
        return List.of(AnswerInput.text(11L, words));
    }

    @Test
    void saveOneSecondBeforeTheDeadlineIsAccepted() {
        clock.set(DEADLINE.minusSeconds(1));
        response.saveDraft(answer("just in time"), false, author, clock.instant());
        assertEquals(
                "just in time",
                response.latestVersion().answerTo(11L).orElseThrow().getText());
    }

    @Test
    void submitAtTheDeadlineAndOneSecondAfterIsRefusedAndTheDraftIsKept() {
        response.saveDraft(answer("saved draft"), false, author, clock.instant());
        for (Instant late : List.of(DEADLINE, DEADLINE.plusSeconds(1))) {
            clock.set(late);
            BusinessException refused = assertThrows(
                    BusinessException.class,
                    () -> response.submit(answer("too late"), true, author, clock.instant(), id -> "R-" + id));
            assertEquals("response.afterDeadline", refused.getMessageKey());
            assertEquals(
                    "saved draft",
                    response.latestVersion().answerTo(11L).orElseThrow().getText());
            assertFalse(response.isSubmitted());
            assertTrue(response.getReferenceNumber() == null);
        }
        assertFalse(response.isEditableAt(DEADLINE));
        assertTrue(response.isEditableAt(DEADLINE.minusSeconds(1)));
    }

    @Test
    void submitOneSecondBeforeTheDeadlineGivesTheReferenceNumber() {
        clock.set(DEADLINE.minusSeconds(1));
        response.submit(answer("answer"), true, author, clock.instant(), id -> "R-" + id);
        assertTrue(response.isSubmitted());
        assertEquals("R-7", response.getReferenceNumber());
        assertEquals(Integer.valueOf(1), response.getSubmittedVersion());
        assertTrue(response.isPublicationConsent());
    }

    @Test
    void savingDraftsTwiceKeepsOneCurrentVersion() {
        response.saveDraft(answer("first"), false, author, clock.instant());
        clock.advance(Duration.ofMinutes(5));
        response.saveDraft(answer("second"), false, author, clock.instant());
        assertEquals(1, response.getVersions().size());
        assertEquals(1, response.getCurrentVersion());
        assertEquals(
                "second", response.latestVersion().answerTo(11L).orElseThrow().getText());
    }

    @Test
    void anEditAfterSubmissionIsANewVersionAndEarlierVersionsAreKept() {
        response.submit(answer("first answer"), false, author, clock.instant(), id -> "R-" + id);
        clock.advance(Duration.ofHours(1));
        response.saveDraft(answer("second answer"), true, author, clock.instant());

        assertEquals(2, response.getVersions().size());
        assertEquals(2, response.getCurrentVersion());
        assertTrue(response.hasUnsubmittedChanges());
        assertEquals(
                "first answer",
                response.submittedVersion()
                        .orElseThrow()
                        .answerTo(11L)
                        .orElseThrow()
                        .getText(),
                "what was submitted stays as it was");
        assertEquals(
                "second answer",
                response.latestVersion().answerTo(11L).orElseThrow().getText());

        clock.advance(Duration.ofHours(1));
        response.submit(answer("third answer"), true, author, clock.instant(), id -> "other");
        assertEquals(2, response.getVersions().size(), "submitting the open draft does not add another version");
        assertEquals(Integer.valueOf(2), response.getSubmittedVersion());
        assertEquals("R-7", response.getReferenceNumber(), "the reference number stays");
        assertEquals(
                "first answer",
                response.version(1).orElseThrow().answerTo(11L).orElseThrow().getText());
        assertTrue(response.version(1).orElseThrow().isSubmitted());
    }

    @Test
    void anAnswerOverTheLengthLimitOrAnUnknownChoiceIsRefused() {
        assertEquals(
                "answer.tooLong",
                assertThrows(
                                BusinessException.class,
                                () -> response.saveDraft(answer("x".repeat(21)), false, author, clock.instant()))
                        .getMessageKey());
        assertEquals(
                "answer.badChoice",
                assertThrows(
                                BusinessException.class,
                                () -> response.saveDraft(
                                        List.of(new AnswerInput(12L, null, Set.of(0, 1), null)),
                                        false,
                                        author,
                                        clock.instant()))
                        .getMessageKey());
        assertEquals(
                "answer.badChoice",
                assertThrows(
                                BusinessException.class,
                                () -> response.saveDraft(
                                        List.of(new AnswerInput(12L, null, Set.of(2), null)),
                                        false,
                                        author,
                                        clock.instant()))
                        .getMessageKey());
        response.saveDraft(List.of(new AnswerInput(12L, "because", Set.of(1), null)), false, author, clock.instant());
        assertEquals(
                Set.of(1), response.latestVersion().answerTo(12L).orElseThrow().getSelectedOptions());
    }

    @Test
    void aResponseCountsOnlyOnceTheOrganisationIsVerified() {
        response.submit(answer("a"), false, author, clock.instant(), id -> "R-" + id);
        assertFalse(response.isCounted());
        organisation.verify(null, clock.instant());
        assertTrue(response.isCounted());
    }

    @Test
    void aResponseCannotBeStartedBeforeTheOpeningOrAfterTheDeadline() {
        assertEquals(
                "response.notOpenYet",
                assertThrows(
                                BusinessException.class,
                                () -> new Response(consultation, organisation, author, OPENS.minusSeconds(1)))
                        .getMessageKey());
        assertEquals(
                "response.afterDeadline",
                assertThrows(BusinessException.class, () -> new Response(consultation, organisation, author, DEADLINE))
                        .getMessageKey());
    }

    @Test
    void anOrganisationNeedsAValidIdentifier() {
        assertEquals(
                "organisation.businessIdInvalid",
                assertThrows(
                                BusinessException.class,
                                () -> new Organisation("X", "1234567-8", null, OrganisationType.COMPANY, OPENS))
                        .getMessageKey());
        assertEquals(
                "organisation.identifierRequired",
                assertThrows(
                                BusinessException.class,
                                () -> new Organisation("X", " ", "", OrganisationType.COMPANY, OPENS))
                        .getMessageKey());
        assertEquals(
                "123.456",
                new Organisation("Y", null, "123.456", OrganisationType.ASSOCIATION, OPENS).getRegisterNumber());
    }

    @Test
    void aFileAddedAfterASubmissionIsInTheNewDraftOnlyAndAFileRemovedStaysInTheSubmittedVersion() {
        response.submit(answer("first"), true, author, clock.instant(), id -> "CC-1-00007");
        Attachment submitted =
                new Attachment(response, "kept.pdf", "application/pdf", new byte[] {1}, author, clock.instant());
        assertTrue(submitted.isIn(1), "a file added to the submitted version (fixtures) is in it");

        ResponseVersion draft = response.openDraft(author, clock.instant(), DEADLINE);
        assertEquals(2, draft.getNumber(), "a draft on top of the submission");
        assertTrue(response.hasUnsubmittedChanges(), "a file change is a change to submit");
        assertEquals("first", draft.answerTo(11L).orElseThrow().getText(), "the draft keeps the answers");
        assertEquals(draft, response.openDraft(author, clock.instant(), DEADLINE), "one open draft at a time");
        Attachment added =
                new Attachment(response, "new.pdf", "application/pdf", new byte[] {2}, author, clock.instant());
        assertFalse(added.isIn(1), "staff, who read version 1, do not see the draft's file");
        assertTrue(added.isIn(2) && added.isCurrent());

        assertFalse(submitted.removeFromDraft(2), "a submitted version holds it: the row stays");
        assertTrue(submitted.isIn(1) && !submitted.isIn(2) && !submitted.isCurrent());
        assertTrue(added.removeFromDraft(2), "never submitted: the row may go");

        response.submit(answer("second"), true, author, clock.instant(), id -> "CC-1-00007");
        assertEquals(2, response.getSubmittedVersion());
        assertFalse(submitted.isIn(2), "the second submission is without the removed file");
    }

    @Test
    void noDraftOpensForAFileAfterTheDeadline() {
        response.submit(answer("first"), true, author, clock.instant(), id -> "CC-1-00007");
        clock.set(DEADLINE);
        assertEquals(
                "response.afterDeadline",
                assertThrows(BusinessException.class, () -> response.openDraft(author, clock.instant(), DEADLINE))
                        .getMessageKey());
    }
}
