package fi.cocreate.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.ConsultationSummary;
import fi.cocreate.consultation.entity.SummarySection;
import fi.cocreate.consultation.entity.SummaryStatement;
import fi.cocreate.consultation.entity.Theme;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SummaryPublishingTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final Instant OPENS =
            LocalDateTime.of(2020, 9, 11, 9, 0).atZone(HELSINKI).toInstant();
    private static final Instant DEADLINE =
            LocalDateTime.of(2020, 9, 22, 0, 0).atZone(HELSINKI).toInstant();

    private ConsultationSummary summary;

    @BeforeEach
    void summaryWithOneStatement() {
        Consultation consultation =
                new Consultation(null, LocalizedText.of("Otsikko", null, "Title"), null, OPENS, DEADLINE, OPENS);
        summary = new ConsultationSummary(consultation, OPENS);
        summary.addStatement(SummarySection.FEEDBACK, Theme.INCLUSION, LocalizedText.of("Väite", "Påstående", "Claim"));
    }

    @Test
    void publishingOneSecondBeforeTheDeadlineIsRefused() {
        BusinessException refused =
                assertThrows(BusinessException.class, () -> summary.publish(DEADLINE.minusSeconds(1)));
        assertEquals("summary.beforeDeadline", refused.getMessageKey());
        assertFalse(summary.isPublished());
        assertNull(summary.getPublishedAt());
    }

    @Test
    void publishingOneSecondAfterTheDeadlineIsAllowed() {
        summary.publish(DEADLINE.plusSeconds(1));
        assertTrue(summary.isPublished());
        assertEquals(DEADLINE.plusSeconds(1), summary.getPublishedAt());
    }

    @Test
    void theDeadlineInstantItselfCountsAsPassed() {
        assertFalse(summary.mayBePublishedAt(DEADLINE.minusSeconds(1)));
        assertTrue(summary.mayBePublishedAt(DEADLINE));
    }

    @Test
    void aSummaryIsPublishedOnlyOnce() {
        summary.publish(DEADLINE.plusSeconds(1));
        assertEquals(
                "summary.alreadyPublished",
                assertThrows(BusinessException.class, () -> summary.publish(DEADLINE.plusSeconds(60)))
                        .getMessageKey());
        assertEquals(DEADLINE.plusSeconds(1), summary.getPublishedAt(), "the first publication date is kept");
    }

    @Test
    void anEmptySummaryCannotBePublished() {
        Consultation consultation =
                new Consultation(null, LocalizedText.of("a", null, null), null, OPENS, DEADLINE, OPENS);
        ConsultationSummary empty = new ConsultationSummary(consultation, OPENS);
        assertEquals(
                "summary.empty",
                assertThrows(BusinessException.class, () -> empty.publish(DEADLINE.plusSeconds(1)))
                        .getMessageKey());
    }

    @Test
    void statementsAreNumberedInTheOrderTheyAreAdded() {
        summary.addStatement(SummarySection.EVENT_DISCUSSION, null, LocalizedText.of("Toinen", null, null));
        assertEquals(1, summary.getStatements().get(0).getPosition());
        assertEquals(2, summary.getStatements().get(1).getPosition());
    }

    @Test
    void aStatementAboutTheFeedbackNeedsACitationOrTheMarkOfStaffsOwnConclusion() {
        summary.addStatement(SummarySection.EVENT_DISCUSSION, null, LocalizedText.of("Keskustelu", null, "Talk"));
        assertEquals(
                List.of(SummarySection.FEEDBACK),
                summary.uncited(Set.of()).stream()
                        .map(SummaryStatement::getSection)
                        .toList(),
                "an event discussion rests on the event");
        SummaryStatement feedback = summary.getStatements().get(0);
        feedback.markOwnConclusion(true);
        assertTrue(summary.uncited(Set.of()).isEmpty(), "marked as staff's own conclusion");
        feedback.markOwnConclusion(false);
        assertEquals(1, summary.uncited(Set.of()).size(), "the mark taken away: a citation is needed again");
    }
}
