package fi.cocreate.consultation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.MilestoneKind;
import fi.cocreate.consultation.entity.MilestoneStatus;
import fi.cocreate.consultation.entity.ReportProcess;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressTimelineTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final Instant OPENS =
            LocalDateTime.of(2020, 9, 11, 9, 0).atZone(HELSINKI).toInstant();
    private static final Instant DEADLINE =
            LocalDateTime.of(2020, 9, 22, 0, 0).atZone(HELSINKI).toInstant();

    private final Consultation consultation =
            new Consultation(null, LocalizedText.of("Kuuleminen", null, null), null, OPENS, DEADLINE, OPENS);

    private ReportProcess process() {
        ReportProcess process = new ReportProcess(LocalizedText.of("Selonteko", null, "Report"), OPENS);
        process.addMilestone(
                MilestoneKind.SUBMISSION_TO_PARLIAMENT,
                LocalizedText.of("Eduskunnalle", null, null),
                LocalDate.of(2021, 2, 15),
                MilestoneStatus.PLANNED);
        process.addMilestone(
                MilestoneKind.WORKSHOP,
                LocalizedText.of("Työpaja", null, null),
                LocalDate.of(2020, 4, 1),
                MilestoneStatus.DONE);
        process.include(consultation);
        return process;
    }

    @Test
    void consultationsOfTheProcessAppearAutomaticallyInDateOrder() {
        List<TimelineEntry> entries = ProgressTimeline.of(process(), Map.of(), DEADLINE.minusSeconds(1), HELSINKI);
        assertEquals(
                List.of(MilestoneKind.WORKSHOP, MilestoneKind.CONSULTATION, MilestoneKind.SUBMISSION_TO_PARLIAMENT),
                entries.stream().map(TimelineEntry::kind).toList());
        TimelineEntry fromConsultation = entries.get(1);
        assertTrue(fromConsultation.automatic());
        assertEquals(LocalDate.of(2020, 9, 11), fromConsultation.date());
        assertFalse(entries.get(0).automatic());
    }

    @Test
    void aConsultationIsPlannedThenOngoingThenDoneFromItsDeadline() {
        assertEquals(MilestoneStatus.PLANNED, ProgressTimeline.consultationStatus(consultation, OPENS.minusSeconds(1)));
        assertEquals(MilestoneStatus.ONGOING, ProgressTimeline.consultationStatus(consultation, OPENS));
        assertEquals(
                MilestoneStatus.ONGOING, ProgressTimeline.consultationStatus(consultation, DEADLINE.minusSeconds(1)));
        assertEquals(MilestoneStatus.DONE, ProgressTimeline.consultationStatus(consultation, DEADLINE));
    }

    @Test
    void aConsultationIsIncludedOnlyOnce() {
        ReportProcess process = process();
        process.include(consultation);
        assertEquals(1, process.getConsultations().size());
    }
}
