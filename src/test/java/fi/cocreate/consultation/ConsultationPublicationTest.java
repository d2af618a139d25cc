package fi.cocreate.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.entity.Consultation;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConsultationPublicationTest {

    private static final Instant OPENS = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void publishingAgainChangesNothingAndSaysSoSoAReplayedPublishLeavesNoSecondRecord() {
        Consultation consultation = new Consultation(
                null, LocalizedText.of("Otsikko", null, "Title"), null, OPENS, OPENS.plus(Duration.ofDays(5)), OPENS);
        assertTrue(consultation.publish(OPENS), "a draft is published");
        assertFalse(consultation.publish(OPENS.plusSeconds(60)), "a published one is not published again");
        assertEquals(OPENS, consultation.getPublishedAt(), "the first time stays");
        assertTrue(consultation.announce(OPENS));
        consultation.unpublish();
        assertTrue(consultation.publish(OPENS.plusSeconds(120)), "published again after it became a draft");
        assertFalse(consultation.announce(OPENS.plusSeconds(120)), "announced once");
    }
}
