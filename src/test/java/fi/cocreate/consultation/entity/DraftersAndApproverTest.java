package fi.cocreate.consultation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.common.AccessDenied;
import fi.cocreate.common.BusinessException;
import fi.cocreate.common.LocalizedText;
import fi.cocreate.identity.entity.Account;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Several representatives draft one response: answer by answer, a save from an older page never overwrites what a
 * colleague saved since (it comes back as a conflict, kept beside theirs), and only an approver submits.
 */
class DraftersAndApproverTest {

    private static final Instant OPENS = Instant.parse("2026-11-01T07:00:00Z");
    private static final Instant DEADLINE = Instant.parse("2026-11-30T22:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final long TEXT = 11L;
    private static final long CHOICE = 12L;

    private Consultation consultation;
    private Organisation organisation;
    private Account approver;
    private Account drafter;
    private Response response;

    @BeforeEach
    void setUp() throws Exception {
        consultation = new Consultation(
                null, LocalizedText.of("Kuuleminen", null, "Consultation"), null, OPENS, DEADLINE, OPENS);
        setId(
                Question.class,
                consultation.addQuestion(
                        QuestionType.FREE_TEXT,
                        LocalizedText.of("Mit\u00e4?", null, "What?"),
                        200,
                        List.of(),
                        null,
                        null),
                TEXT);
        setId(
                Question.class,
                consultation.addQuestion(
                        QuestionType.SINGLE_CHOICE,
                        LocalizedText.of("Kumpi?", null, "Which?"),
                        100,
                        List.of(
                                new QuestionOption(LocalizedText.of("A", null, "A")),
                                new QuestionOption(LocalizedText.of("B", null, "B"))),
                        null,
                        null),
                CHOICE);
        organisation = new Organisation("Yhdistys ry", "0737546-2", null, OrganisationType.ASSOCIATION, OPENS);
        approver = account(1L, "anna@example.org", "Anna Approver");
        drafter = account(2L, "dan@example.org", "Dan Drafter");
        organisation.addRepresentative(approver);
        organisation.addRepresentative(drafter);
        response = new Response(consultation, organisation, drafter, NOW);
        setId(Response.class, response, 7L);
    }

    private static Account account(long id, String email, String name) throws Exception {
        Account account = new Account(email, name, "hash", "en", OPENS);
        setId(Account.class, account, id);
        return account;
    }

    private static <T> void setId(Class<T> type, T entity, long id) throws Exception {
        Field field = type.getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
    }

    /** What a page that opened now would keep: each answer's revision. */
    private Map<Long, Integer> pageOpenedNow() {
        return Map.copyOf(response.latestVersion().getAnswers().stream()
                .collect(java.util.stream.Collectors.toMap(a -> a.getQuestion().getId(), Answer::getRevision)));
    }

    private static List<AnswerInput> text(String words) {
        return List.of(AnswerInput.text(TEXT, words));
    }

    private String savedText() {
        return response.latestVersion().answerTo(TEXT).orElseThrow().getText();
    }

    @Test
    void theFirstRepresentativeIsTheApproverAndThoseWhoJoinLaterDraft() {
        assertTrue(organisation.isApprover(approver));
        assertFalse(organisation.isApprover(drafter));
        assertEquals(Set.of(approver), organisation.getApprovers());
    }

    @Test
    void aSaveFromAnOlderPageKeepsTheColleaguesAnswerAndReturnsMineAsAConflict() {
        Map<Long, Integer> annasPage = pageOpenedNow();
        Map<Long, Integer> dansPage = pageOpenedNow();
        DraftSave anna =
                response.saveDraft(text("Anna's text"), false, approver, NOW.plusSeconds(10), DEADLINE, annasPage);
        assertFalse(anna.hasConflicts());

        DraftSave dan = response.saveDraft(
                List.of(AnswerInput.text(TEXT, "Dan's text"), new AnswerInput(CHOICE, null, Set.of(1), null)),
                false,
                drafter,
                NOW.plusSeconds(20),
                DEADLINE,
                dansPage);

        assertEquals("Anna's text", savedText(), "the colleague's answer stays");
        assertEquals(1, dan.conflicts().size());
        AnswerConflict kept = dan.conflicts().get(0);
        assertEquals("Dan's text", kept.getText(), "mine is kept, not lost");
        assertEquals(drafter, kept.getAuthor());
        assertEquals(TEXT, kept.getQuestion().getId());
        assertEquals(1, kept.getTheirRevision());
        assertEquals(
                Set.of(1),
                response.latestVersion().answerTo(CHOICE).orElseThrow().getSelectedOptions(),
                "the answer nobody else changed is saved");
        Answer theirs = response.latestVersion().answerTo(TEXT).orElseThrow();
        assertEquals(approver, theirs.getEditedBy());
        assertEquals(NOW.plusSeconds(10), theirs.getEditedAt());
    }

    @Test
    void havingSeenTheColleaguesAnswerTheNextSaveWritesTheCombinedText() {
        Map<Long, Integer> dansPage = pageOpenedNow();
        response.saveDraft(text("Anna's text"), false, approver, NOW.plusSeconds(10), DEADLINE, pageOpenedNow());
        assertTrue(response.saveDraft(text("Dan's text"), false, drafter, NOW.plusSeconds(20), DEADLINE, dansPage)
                .hasConflicts());

        DraftSave again = response.saveDraft(
                text("Anna's text. Dan's text."), false, drafter, NOW.plusSeconds(30), DEADLINE, pageOpenedNow());
        assertFalse(again.hasConflicts());
        assertEquals("Anna's text. Dan's text.", savedText());
        assertEquals(2, response.latestVersion().answerTo(TEXT).orElseThrow().getRevision());
    }

    @Test
    void anAnswerPostedUnchangedFromAnOlderPageIsNoConflictAndKeepsItsRevision() {
        Map<Long, Integer> dansPage = pageOpenedNow();
        response.saveDraft(text("Anna's text"), false, approver, NOW.plusSeconds(10), DEADLINE, pageOpenedNow());
        DraftSave same =
                response.saveDraft(text("Anna's text"), false, drafter, NOW.plusSeconds(20), DEADLINE, dansPage);
        assertFalse(same.hasConflicts(), "both typed the same: nothing to combine");
        Answer answer = response.latestVersion().answerTo(TEXT).orElseThrow();
        assertEquals(1, answer.getRevision());
        assertEquals(approver, answer.getEditedBy(), "an unchanged answer keeps who wrote it");
    }

    @Test
    void aDrafterCannotSubmitAndNothingIsSaved() {
        BusinessException refused = assertThrows(
                BusinessException.class,
                () -> response.submit(
                        text("Dan submits"), true, drafter, NOW, id -> "R-" + id, DEADLINE, pageOpenedNow()));
        assertEquals("response.approverRequired", refused.getMessageKey());
        assertFalse(response.isSubmitted());
        assertTrue(response.latestVersion().answerTo(TEXT).isEmpty());
    }

    @Test
    void theApproverSubmitsAndTheVersionNamesThem() {
        response.saveDraft(text("Dan's draft"), false, drafter, NOW, DEADLINE, pageOpenedNow());
        DraftSave submitted = response.submit(
                text("Dan's draft"), true, approver, NOW.plusSeconds(60), id -> "R-" + id, DEADLINE, pageOpenedNow());
        assertTrue(submitted.submitted());
        assertTrue(response.isSubmitted());
        assertEquals(
                approver, response.submittedVersion().orElseThrow().approvedBy().orElseThrow());
        assertEquals("Anna Approver", response.submittedVersion().orElseThrow().getApprovedByName());
    }

    @Test
    void anApproverSubmittingOverAColleaguesUnseenChangeSubmitsNothingAndSavesTheRest() {
        Map<Long, Integer> annasPage = pageOpenedNow();
        response.saveDraft(text("Dan's late change"), false, drafter, NOW.plusSeconds(10), DEADLINE, pageOpenedNow());
        DraftSave attempt = response.submit(
                List.of(AnswerInput.text(TEXT, "Anna's version"), new AnswerInput(CHOICE, null, Set.of(0), null)),
                true,
                approver,
                NOW.plusSeconds(20),
                id -> "R-" + id,
                DEADLINE,
                annasPage);
        assertFalse(attempt.submitted());
        assertFalse(response.isSubmitted(), "the approver submits only what they have seen");
        assertNull(response.getReferenceNumber());
        assertEquals("Dan's late change", savedText());
        assertEquals("Anna's version", attempt.conflicts().get(0).getText());
        assertEquals(
                Set.of(0),
                response.latestVersion().answerTo(CHOICE).orElseThrow().getSelectedOptions());
    }

    @Test
    void afterASubmissionTheNewVersionCarriesTheRevisionsSoAStalePageStillSeesTheChange() {
        Map<Long, Integer> dansPage = pageOpenedNow();
        response.submit(
                text("Submitted by Anna"),
                true,
                approver,
                NOW.plusSeconds(10),
                id -> "R-" + id,
                DEADLINE,
                pageOpenedNow());
        DraftSave dan = response.saveDraft(text("Dan's edit"), false, drafter, NOW.plusSeconds(20), DEADLINE, dansPage);
        assertEquals(2, response.getVersions().size(), "the submitted version stays as it was");
        assertTrue(dan.hasConflicts());
        assertEquals("Submitted by Anna", savedText());
        assertEquals(
                "Submitted by Anna",
                response.version(1).orElseThrow().answerTo(TEXT).orElseThrow().getText());
    }

    @Test
    void anApproverGrantsAndRevokesTheRightButNeverRemovesTheLastApprover() {
        organisation.grantApproval(approver, drafter);
        assertTrue(organisation.isApprover(drafter));
        organisation.revokeApproval(drafter, approver);
        assertFalse(organisation.isApprover(approver));
        assertEquals(
                "organisation.lastApprover",
                assertThrows(BusinessException.class, () -> organisation.revokeApproval(drafter, drafter))
                        .getMessageKey());
        assertTrue(organisation.isApprover(drafter));
    }

    @Test
    void aDrafterCannotChangeWhoApprovesAndNobodyOutsideTheOrganisationCanBeMadeApprover() throws Exception {
        assertEquals(
                "organisation.approversOnly",
                assertThrows(BusinessException.class, () -> organisation.grantApproval(drafter, drafter))
                        .getMessageKey());
        Account stranger = account(3L, "eve@example.org", "Eve Elsewhere");
        assertThrows(AccessDenied.class, () -> organisation.grantApproval(approver, stranger));
        assertFalse(organisation.isApprover(stranger));
    }

    @Test
    void whenTheLastApproverLeavesTheRemainingRepresentativesBecomeApprovers() {
        organisation.removeRepresentative(approver);
        assertTrue(organisation.isApprover(drafter), "the organisation is never locked out of submitting");
        assertFalse(organisation.isRepresentedBy(approver));
    }
}
