package fi.cocreate.consultation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.LocalizedText;
import fi.cocreate.identity.entity.Account;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a moderation guards about redactions per answer and passage, and what a proposal guards about its answer. */
class RedactionAndProposalRulesTest {

    private static final Instant OPENS = Instant.parse("2026-11-01T07:00:00Z");
    private static final Instant DEADLINE = Instant.parse("2026-11-30T22:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final String FIRST = "Fund the NGOs. Call Maija Meikäläinen on 040 123 4567. Maija knows.";
    private static final String SECOND = "Open the data by 2027.";

    private Question first;
    private Question second;
    private Response response;
    private ResponseModeration moderation;

    @BeforeEach
    void setUp() throws Exception {
        Consultation consultation = new Consultation(
                null, LocalizedText.of("Kuuleminen", null, "Consultation"), null, OPENS, DEADLINE, OPENS);
        first = consultation.addQuestion(
                QuestionType.FREE_TEXT, LocalizedText.of("Mit\u00e4?", null, "What?"), 2000, List.of(), null, null);
        second = consultation.addQuestion(
                QuestionType.FREE_TEXT, LocalizedText.of("Miten?", null, "How?"), 2000, List.of(), null, null);
        setId(Question.class, first, 11L);
        setId(Question.class, second, 12L);
        Organisation organisation =
                new Organisation("Yhdistys ry", "0737546-2", null, OrganisationType.ASSOCIATION, OPENS);
        Account author = new Account("rep@example.org", "Rep", "hash", "fi", OPENS);
        organisation.addRepresentative(author); // the first representative: its approver
        response = new Response(consultation, organisation, author, NOW);
        setId(Response.class, response, 7L);
        response.submit(
                List.of(AnswerInput.text(11L, FIRST), AnswerInput.text(12L, SECOND)),
                true,
                author,
                NOW,
                id -> "R-" + id);
        moderation = new ResponseModeration(response, NOW, "staff@example.org");
    }

    private static <T> void setId(Class<T> type, T entity, long id) throws Exception {
        Field field = type.getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
    }

    @Test
    void aRemovedPassageReadsAsTheMarkInEveryOccurrenceWhileTheOtherAnswerStaysWhole() {
        moderation.accept(NOW, "staff");
        moderation.redactPassage(first, "Maija", "A private person's name", NOW, "staff");
        assertEquals(ModerationState.REDACTED, moderation.getState(), "accepted with a redaction is redacted");
        assertEquals(
                "Fund the NGOs. Call [x] Meikäläinen on 040 123 4567. [x] knows.",
                moderation.publicText(11L, FIRST).render("[x]"));
        assertEquals(SECOND, moderation.publicText(12L, SECOND).render("[x]"));
        assertFalse(moderation.publicText(12L, SECOND).isRedacted());
        assertTrue(moderation.isPublic());
    }

    @Test
    void aPassageMustOccurInTheAnswerAndEveryRedactionNeedsAReason() {
        assertEquals(
                "redaction.notInAnswer",
                assertThrows(
                                BusinessException.class,
                                () -> moderation.redactPassage(second, "Maija", "name", NOW, "staff"))
                        .getMessageKey());
        assertEquals(
                "redaction.reasonRequired",
                assertThrows(BusinessException.class, () -> moderation.redactPassage(first, "Maija", " ", NOW, "staff"))
                        .getMessageKey());
        assertEquals(
                "redaction.reasonRequired",
                assertThrows(
                                BusinessException.class,
                                () -> moderation.redactAnswer(first, "Shorter.", null, NOW, "staff"))
                        .getMessageKey());
        moderation.redactPassage(first, "Maija", "name", NOW, "staff");
        assertEquals(
                "redaction.alreadyRemoved",
                assertThrows(
                                BusinessException.class,
                                () -> moderation.redactPassage(first, "Maija", "again", NOW, "staff"))
                        .getMessageKey());
        assertEquals(1, moderation.getRedactions().size());
    }

    @Test
    void aReplacedAnswerShowsOnlyTheReplacementAndAQuoteOfItOnlyTheMark() {
        moderation.redactAnswer(first, "We propose funding for NGOs.", "Phone number", NOW, "staff");
        moderation.redactAnswer(first, null, "Nothing of it can stay", NOW, "staff");
        assertEquals(1, moderation.getRedactions().size(), "a new replacement of the same answer replaces the old");
        assertEquals("[x]", moderation.publicText(11L, FIRST).render("[x]"));
        assertEquals("[x]", moderation.publicSpan(11L, FIRST, "Fund the NGOs.").render("[x]"));
        assertEquals(ModerationState.RECEIVED, moderation.getState(), "redacting does not publish");
        assertFalse(moderation.isPublic());
    }

    @Test
    void aQuoteOfARedactedAnswerShowsTheMarkWhereItOverlapsARemoval() {
        moderation.redactPassage(first, "040 123 4567", "Phone number", NOW, "staff");
        assertEquals(
                "Call Maija Meikäläinen on [x]",
                moderation
                        .publicSpan(11L, FIRST, "Call Maija Meikäläinen on 040 123")
                        .render("[x]"));
        assertEquals(
                "Fund the NGOs.",
                moderation.publicSpan(11L, FIRST, "Fund the NGOs.").render("[x]"));
    }

    @Test
    void acceptingARedactedResponseKeepsItRedactedAndWithdrawingTheLastRedactionAcceptsItAsItIs() {
        assertEquals(
                "moderation.redactionRequired",
                assertThrows(BusinessException.class, () -> moderation.acceptRedacted(NOW, "staff"))
                        .getMessageKey());
        moderation.redactPassage(first, "Maija", "name", NOW, "staff");
        moderation.accept(NOW, "staff");
        assertEquals(ModerationState.REDACTED, moderation.getState());
        moderation.hide("Offensive", NOW, "staff");
        assertEquals(ModerationState.HIDDEN, moderation.getState());
        assertTrue(moderation.publicText(11L, FIRST).isRedacted(), "redactions outlive a state change");
        moderation.acceptRedacted(NOW, "staff");
        assertEquals(
                "redaction.notFound",
                assertThrows(BusinessException.class, () -> moderation.withdrawRedaction(999L, NOW, "staff"))
                        .getMessageKey());
    }

    @Test
    void theWholeResponseRedactionOfBeforeStillReplacesEveryAnswer() {
        moderation.redact("Call [name removed].", NOW, "staff");
        assertEquals(ModerationState.REDACTED, moderation.getState());
        assertEquals("Call [name removed].", moderation.wholeResponseText().orElseThrow());
        assertEquals("[x]", moderation.publicText(12L, SECOND).render("[x]"));
        assertEquals(
                AnswerRedaction.Kind.RESPONSE, moderation.getRedactions().get(0).getKind());
    }

    @Test
    void aProposalMustOccurInItsAnswerAndEveryReactionButAdoptedNeedsAReason() {
        assertEquals(
                "proposal.notInAnswer",
                assertThrows(
                                BusinessException.class,
                                () -> new Proposal(response, second, "Fund the NGOs.", NOW, "staff"))
                        .getMessageKey());
        assertEquals(
                "proposal.textRequired",
                assertThrows(BusinessException.class, () -> new Proposal(response, first, "  ", NOW, "staff"))
                        .getMessageKey());
        Proposal proposal = new Proposal(response, first, " Fund the NGOs. ", NOW, "staff");
        assertEquals("Fund the NGOs.", proposal.getText());
        assertFalse(proposal.isAnswered());
        for (ProposalReaction needsWhy :
                List.of(ProposalReaction.PARTLY_ADOPTED, ProposalReaction.NOT_ADOPTED, ProposalReaction.OUT_OF_SCOPE)) {
            assertEquals(
                    "proposal.reasonRequired",
                    assertThrows(BusinessException.class, () -> proposal.answer(needsWhy, " ", null, NOW, "staff"))
                            .getMessageKey());
        }
        assertEquals(
                "proposal.reactionRequired",
                assertThrows(BusinessException.class, () -> proposal.answer(null, "why", null, NOW, "staff"))
                        .getMessageKey());
        proposal.answer(ProposalReaction.ADOPTED, "", null, NOW, "staff@example.org");
        assertEquals(ProposalReaction.ADOPTED, proposal.getReaction());
        assertNull(proposal.getReason());
        assertEquals("staff@example.org", proposal.getAnsweredBy());
        proposal.answer(ProposalReaction.NOT_ADOPTED, "The budget is decided elsewhere.", 0L, NOW, "b@example.org");
        assertEquals("The budget is decided elsewhere.", proposal.getReason());
    }

    @Test
    void anAnswerFromAPageThatShowedAnOlderVersionIsRefusedNamingWhoAnswered() throws Exception {
        Proposal proposal = new Proposal(response, first, "Fund the NGOs.", NOW, "staff");
        proposal.answer(ProposalReaction.ADOPTED, null, null, NOW, "colleague@example.org");
        Field version = Proposal.class.getDeclaredField("version");
        version.setAccessible(true);
        version.set(proposal, 1L); // what the database does on the colleague's save
        BusinessException stale = assertThrows(
                BusinessException.class,
                () -> proposal.answer(ProposalReaction.NOT_ADOPTED, "No.", 0L, NOW, "me@example.org"));
        assertEquals("edit.changedMeanwhile", stale.getMessageKey());
        assertEquals("colleague@example.org", stale.getArguments()[0]);
        assertEquals(ProposalReaction.ADOPTED, proposal.getReaction(), "the colleague's answer is kept");
    }
}
