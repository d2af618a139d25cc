package fi.cocreate.consultation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.entity.AttachmentInfo;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.Organisation;
import fi.cocreate.consultation.entity.OrganisationType;
import fi.cocreate.consultation.entity.QuestionType;
import fi.cocreate.consultation.entity.ResponseState;
import fi.cocreate.identity.entity.Account;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the respond page is given: the deadline state judged at the server's instant, and what a save passes back. */
class ResponseFormDataTest {

    private static final Instant OPENS = Instant.parse("2026-09-11T06:00:00Z");
    private static final Instant DEADLINE = Instant.parse("2026-09-21T21:00:00Z");

    private final Consultation consultation = consultation();
    private final Organisation organisation =
            new Organisation("Form ry", null, "123", OrganisationType.ASSOCIATION, OPENS);
    private final Account rep = new Account("form@example.org", "Form Rep", "hash", "fi", OPENS);
    private final List<ResponseFormData.QuestionView> questions = List.of(new ResponseFormData.QuestionView(
            11L,
            1,
            QuestionType.SINGLE_CHOICE,
            LocalizedText.of("Kumpi?", null, "Which?"),
            100,
            List.of(LocalizedText.of("Yksi", null, "One"), LocalizedText.of("Kaksi", null, "Two")),
            null,
            null));

    private static Consultation consultation() {
        Consultation c =
                new Consultation(null, LocalizedText.of("Otsikko", null, "Title"), null, OPENS, DEADLINE, OPENS);
        try {
            java.lang.reflect.Field id = Consultation.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(c, 5L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return c;
    }

    private ResponseFormData form(ResponseFormData.ResponseView response, Instant closesAt, Instant now) {
        Map<Long, ResponseFormData.SavedAnswer> answers = response == null
                ? Map.of()
                : Map.of(11L, new ResponseFormData.SavedAnswer(11L, "why", Set.of(1), null, 3, "Anna", OPENS));
        return ResponseFormData.of(
                consultation,
                questions,
                organisation,
                rep,
                response,
                answers,
                true,
                List.of(),
                List.of(),
                closesAt,
                now);
    }

    private static ResponseFormData.ResponseView draft() {
        return new ResponseFormData.ResponseView(7L, ResponseState.DRAFT, null, false, true, false, null, null);
    }

    @Test
    void theFormTakesChangesFromTheOpeningUntilTheOrganisationsOwnDeadlineToTheSecond() {
        ResponseFormData early = form(null, DEADLINE, OPENS.minusSeconds(1));
        assertTrue(early.notYetOpen());
        assertFalse(early.editable());
        assertTrue(form(null, DEADLINE, OPENS).editable(), "open at the opening instant");
        assertTrue(form(null, DEADLINE, DEADLINE.minusSeconds(1)).editable());
        ResponseFormData closed = form(null, DEADLINE, DEADLINE);
        assertFalse(closed.editable(), "closed at the deadline");
        assertFalse(closed.notYetOpen(), "and not 'not open yet'");
        assertNull(closed.getExtendedUntil());

        Instant until = DEADLINE.plus(Duration.ofDays(2));
        ResponseFormData extended = form(null, until, DEADLINE.plusSeconds(60));
        assertTrue(extended.editable(), "an extension keeps it open after the consultation's deadline");
        assertEquals(until, extended.getExtendedUntil());
        assertFalse(form(null, until, until).editable());
    }

    @Test
    void whatTheFormHasSeenIsEachAnswersRevisionAndNothingBeforeTheResponseStarts() {
        ResponseFormData none = form(null, DEADLINE, OPENS);
        assertFalse(none.seen().started());
        assertTrue(none.seen().answerRevisions().isEmpty());
        assertFalse(none.publicationConsent(), "no response, no consent");

        ResponseFormData started = form(draft(), DEADLINE, OPENS);
        assertTrue(started.seen().started());
        assertEquals(Map.of(11L, 3), started.seen().answerRevisions());
        assertTrue(started.publicationConsent());
        assertEquals("[x] Two", "[x] " + started.question(11L).options().get(1).in(java.util.Locale.ENGLISH));
    }

    @Test
    void aFileChangeTakesTheResponsesStateAndFilesButKeepsWhatThePageSawOfTheAnswers() {
        AttachmentInfo file = new AttachmentInfo(9L, "a.pdf", "application/pdf", 10, OPENS);
        ResponseFormData opened = form(draft(), DEADLINE, OPENS);
        ResponseFormData now = ResponseFormData.of(
                consultation,
                questions,
                organisation,
                rep,
                new ResponseFormData.ResponseView(7L, ResponseState.DRAFT, null, false, true, false, null, null),
                Map.of(11L, new ResponseFormData.SavedAnswer(11L, "a colleague's", Set.of(0), null, 4, "Dan", OPENS)),
                true,
                List.of(),
                List.of(file),
                DEADLINE,
                OPENS);
        ResponseFormData after = opened.afterFileChange(now);
        assertEquals(List.of(file), after.attachments());
        assertEquals(Map.of(11L, 3), after.seen().answerRevisions(), "a colleague's change is still a conflict");

        ResponseFormData fresh = form(null, DEADLINE, OPENS);
        assertTrue(fresh.afterFileChange(now).seen().started(), "the upload started the response for this page");
    }
}
