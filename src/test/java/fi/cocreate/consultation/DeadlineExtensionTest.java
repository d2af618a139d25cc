package fi.cocreate.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.entity.AnswerInput;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.DeadlineExtension;
import fi.cocreate.consultation.entity.Organisation;
import fi.cocreate.consultation.entity.OrganisationType;
import fi.cocreate.consultation.entity.QuestionType;
import fi.cocreate.consultation.entity.Response;
import fi.cocreate.identity.entity.Account;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An organisation's own deadline under an extension, judged to the second, and the late mark it leaves. */
class DeadlineExtensionTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final Instant OPENS =
            LocalDateTime.of(2020, 9, 11, 9, 0).atZone(HELSINKI).toInstant();
    private static final Instant DEADLINE =
            LocalDateTime.of(2020, 9, 22, 0, 0).atZone(HELSINKI).toInstant();
    private static final Instant UNTIL = DEADLINE.plus(Duration.ofDays(3));

    private final Consultation consultation = consultation();
    private final Organisation organisation =
            new Organisation("Late ry", null, "123", OrganisationType.ASSOCIATION, OPENS);
    private final Account representative = new Account("late@example.org", "Late Rep", "hash", "fi", OPENS);

    private static Consultation consultation() {
        Consultation c =
                new Consultation(null, LocalizedText.of("Otsikko", null, "Title"), null, OPENS, DEADLINE, OPENS);
        c.addQuestion(
                QuestionType.FREE_TEXT, LocalizedText.of("Kysymys", null, "Question"), 500, List.of(), null, null);
        return c;
    }

    private List<AnswerInput> answer() {
        return List.of(AnswerInput.text(0L, "Myöhässä mutta sovitusti."));
    }

    @Test
    void anExtensionKeepsTheResponseOpenUntilItsEndToTheSecond() {
        Response response = new Response(consultation, organisation, representative, DEADLINE.minusSeconds(5), UNTIL);
        assertTrue(response.isEditableAt(DEADLINE, UNTIL), "at the consultation's deadline: still open for it");
        assertTrue(response.isEditableAt(UNTIL.minusSeconds(1), UNTIL));
        assertFalse(response.isEditableAt(UNTIL, UNTIL), "closed at the extension's end");
        assertFalse(response.isEditableAt(DEADLINE), "without the extension: closed at the deadline");
        assertEquals(
                "response.afterDeadline",
                assertThrows(
                                BusinessException.class,
                                () -> response.saveDraft(List.of(), false, representative, UNTIL, UNTIL))
                        .getMessageKey());
        assertEquals(
                "response.afterDeadline",
                assertThrows(
                                BusinessException.class,
                                () -> response.saveDraft(List.of(), false, representative, DEADLINE))
                        .getMessageKey(),
                "the old path knows no extension");
    }

    @Test
    void aResponseStartedAfterTheDeadlineNeedsAnExtension() {
        assertEquals(
                "response.afterDeadline",
                assertThrows(
                                BusinessException.class,
                                () -> new Response(consultation, organisation, representative, DEADLINE))
                        .getMessageKey());
        new Response(consultation, organisation, representative, DEADLINE.plusSeconds(1), UNTIL);
        assertEquals(
                "response.notOpenYet",
                assertThrows(
                                BusinessException.class,
                                () -> new Response(
                                        consultation, organisation, representative, OPENS.minusSeconds(1), UNTIL))
                        .getMessageKey(),
                "an extension does not open the consultation early");
    }

    @Test
    void anExtensionEndsAfterTheDeadlineAndInTheFutureAndSaysWhy() {
        Instant now = DEADLINE.minus(Duration.ofDays(1));
        assertEquals(
                "extension.untilAfterDeadline",
                assertThrows(
                                BusinessException.class,
                                () -> new DeadlineExtension(
                                        consultation, organisation, DEADLINE, "Illness", "staff", now))
                        .getMessageKey(),
                "ending at the deadline is no extension");
        assertEquals(
                "extension.reasonRequired",
                assertThrows(
                                BusinessException.class,
                                () -> new DeadlineExtension(consultation, organisation, UNTIL, "  ", "staff", now))
                        .getMessageKey());
        assertEquals(
                "extension.untilAfterDeadline",
                assertThrows(
                                BusinessException.class,
                                () -> new DeadlineExtension(
                                        consultation, organisation, UNTIL, "Illness", "staff", UNTIL.plusSeconds(1)))
                        .getMessageKey(),
                "an end in the past");
        DeadlineExtension extension =
                new DeadlineExtension(consultation, organisation, UNTIL, " Illness ", "staff", now);
        assertEquals("Illness", extension.getReason());
        assertEquals(UNTIL, extension.getUntil());
    }
}
