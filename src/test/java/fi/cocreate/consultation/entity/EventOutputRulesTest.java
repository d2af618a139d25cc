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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The notes and outputs of a workshop entered as feedback: a response whose source is the event, not an organisation;
 * only for an event of the same consultation that has started; never late; counted as the event's output.
 */
class EventOutputRulesTest {

    private static final Instant OPENS = Instant.parse("2026-11-01T07:00:00Z");
    private static final Instant DEADLINE = Instant.parse("2026-11-30T22:00:00Z");
    private static final Instant WORKSHOP = Instant.parse("2026-11-10T12:00:00Z");

    private Consultation consultation;
    private ConsultationEvent workshop;
    private Account staff;

    @BeforeEach
    void setUp() throws Exception {
        consultation = new Consultation(
                null, LocalizedText.of("Kuuleminen", null, "Consultation"), null, OPENS, DEADLINE, OPENS);
        setId(Consultation.class, consultation, 3L);
        consultation.addQuestion(
                QuestionType.FREE_TEXT, LocalizedText.of("Mit\u00e4?", null, "What?"), 200, List.of(), null, null);
        setId(Question.class, consultation.getQuestions().get(0), 11L);
        workshop = consultation.addEvent(
                EventType.WORKSHOP,
                LocalizedText.of("Ty\u00f6paja", "Workshop sv", "Workshop"),
                WORKSHOP,
                WORKSHOP.plus(Duration.ofHours(2)),
                "Helsinki",
                null);
        staff = new Account("staff@example.org", "Staff", "hash", "fi", OPENS);
    }

    private static <T> void setId(Class<T> type, T entity, long id) throws Exception {
        Field field = type.getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
    }

    private Response entered(Instant now) throws Exception {
        Response output = Response.eventOutput(consultation, workshop, staff, now);
        setId(Response.class, output, 41L);
        return output;
    }

    @Test
    void anEventsOutputIsSubmittedAsOfTheEventWithoutAnOrganisationAndNeverLate() throws Exception {
        Instant afterDeadline = DEADLINE.plus(Duration.ofDays(3));
        Response output = entered(afterDeadline);
        ResponseVersion submitted = output.submitEventOutput(
                List.of(AnswerInput.text(11L, "Ryhm\u00e4 2: kielikurssit")),
                true,
                staff,
                afterDeadline,
                id -> "CC-3-" + id);
        assertTrue(output.isSubmitted());
        assertTrue(output.isEventOutput());
        assertNull(output.getOrganisation(), "not an organisation's statement");
        assertEquals(ResponseChannel.EVENT, output.getChannel());
        assertEquals(WORKSHOP, output.getSubmittedAt(), "as of the event, not of typing");
        assertEquals(WORKSHOP, submitted.getSubmittedAt());
        assertFalse(output.isLate(), "events are part of the consultation: entering after the deadline is not late");
        assertTrue(output.isCounted(), "counted, as the event's output");
        assertEquals("CC-3-41", output.getReferenceNumber());
        assertEquals("Workshop sv", output.sourceName(Locale.forLanguageTag("sv")));
        assertEquals("Ty\u00f6paja", output.sourceName(Locale.forLanguageTag("fi")));
    }

    @Test
    void anEventThatHasNotStartedHasNoOutputYet() {
        BusinessException refused = assertThrows(
                BusinessException.class,
                () -> Response.eventOutput(consultation, workshop, staff, WORKSHOP.minusSeconds(1)));
        assertEquals("entered.eventNotHeld", refused.getMessageKey());
        Response.eventOutput(consultation, workshop, staff, WORKSHOP); // from its start on
    }

    @Test
    void theEventMustBeChosenAndBelongToTheConsultation() throws Exception {
        assertEquals(
                "entered.eventRequired",
                assertThrows(BusinessException.class, () -> Response.eventOutput(consultation, null, staff, WORKSHOP))
                        .getMessageKey());
        Consultation other =
                new Consultation(null, LocalizedText.of("Toinen", null, "Other"), null, OPENS, DEADLINE, OPENS);
        setId(Consultation.class, other, 4L);
        assertEquals(
                "entered.eventOfOtherConsultation",
                assertThrows(BusinessException.class, () -> Response.eventOutput(other, workshop, staff, WORKSHOP))
                        .getMessageKey());
    }

    @Test
    void emptyNotesAreRefusedAndASecondSubmissionToo() throws Exception {
        Response output = entered(WORKSHOP.plusSeconds(60));
        assertEquals(
                "entered.eventNotesRequired",
                assertThrows(
                                BusinessException.class,
                                () -> output.submitEventOutput(
                                        List.of(AnswerInput.text(11L, "  ")),
                                        false,
                                        staff,
                                        WORKSHOP.plusSeconds(60),
                                        id -> "R-" + id))
                        .getMessageKey());
        assertFalse(output.isSubmitted());
        output.submitEventOutput(
                List.of(AnswerInput.text(11L, "notes")), false, staff, WORKSHOP.plusSeconds(90), id -> "R-" + id);
        assertEquals(
                "entered.alreadySubmitted",
                assertThrows(
                                BusinessException.class,
                                () -> output.submitEventOutput(
                                        List.of(AnswerInput.text(11L, "again")),
                                        false,
                                        staff,
                                        WORKSHOP.plusSeconds(120),
                                        id -> "R-" + id))
                        .getMessageKey());
    }

    @Test
    void theEmailAndPostPathDoesNotTakeTheEventChannel() throws Exception {
        Organisation organisation =
                new Organisation("Yhdistys ry", "0737546-2", null, OrganisationType.ASSOCIATION, OPENS);
        Response received = Response.received(consultation, organisation, staff, WORKSHOP);
        assertEquals(
                "entered.channelRequired",
                assertThrows(
                                BusinessException.class,
                                () -> received.enterReceived(
                                        List.of(AnswerInput.text(11L, "x")),
                                        false,
                                        staff,
                                        ResponseChannel.EVENT,
                                        WORKSHOP,
                                        WORKSHOP,
                                        id -> "R-" + id))
                        .getMessageKey());
    }

    @Test
    void publishingWithUnansweredProposalsNeedsAConfirmation() {
        assertEquals(
                "summary.unansweredProposalsConfirm",
                assertThrows(BusinessException.class, () -> ConsultationSummary.requireProposalsAnswered(2, false))
                        .getMessageKey());
        ConsultationSummary.requireProposalsAnswered(2, true);
        ConsultationSummary.requireProposalsAnswered(0, false);
    }
}
