package fi.cocreate.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.entity.Consultation;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ConsultationDeadlineTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final Instant OPENS =
            LocalDateTime.of(2020, 9, 11, 9, 0).atZone(HELSINKI).toInstant();
    private static final Instant DEADLINE =
            LocalDateTime.of(2020, 9, 22, 0, 0).atZone(HELSINKI).toInstant();

    private final Consultation consultation =
            new Consultation(null, LocalizedText.of("Otsikko", null, "Title"), null, OPENS, DEADLINE, OPENS);

    @Test
    void feedbackIsAcceptedOneSecondBeforeTheDeadline() {
        assertTrue(consultation.acceptsFeedbackAt(DEADLINE.minusSeconds(1)));
    }

    @Test
    void feedbackIsRefusedAtAndAfterTheDeadline() {
        assertFalse(consultation.acceptsFeedbackAt(DEADLINE));
        assertFalse(consultation.acceptsFeedbackAt(DEADLINE.plusSeconds(1)));
        assertTrue(consultation.isPastDeadline(DEADLINE));
    }

    @Test
    void feedbackIsRefusedBeforeOpening() {
        assertFalse(consultation.acceptsFeedbackAt(OPENS.minusSeconds(1)));
        assertTrue(consultation.acceptsFeedbackAt(OPENS));
    }

    @Test
    void deadlineIsJudgedInHelsinkiTime() {
        // 21 September 23:59:59 in Helsinki is 20:59:59 UTC: still open.
        assertTrue(consultation.acceptsFeedbackAt(Instant.parse("2020-09-21T20:59:59Z")));
        assertFalse(consultation.acceptsFeedbackAt(Instant.parse("2020-09-21T21:00:00Z")));
    }

    @Test
    void aDeadlineBeforeTheOpeningIsRefused() {
        assertEquals(
                "consultation.deadlineBeforeOpening",
                assertThrows(
                                fi.cocreate.common.BusinessException.class,
                                () -> new Consultation(
                                        null, LocalizedText.of("a", null, null), null, DEADLINE, OPENS, OPENS))
                        .getMessageKey());
    }
}
