package fi.cocreate.consultation.control;

import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.entity.MilestoneKind;
import fi.cocreate.consultation.entity.MilestoneStatus;
import java.time.LocalDate;

/**
 * One line of a process's public timeline. {@code consultationId} is set for entries that come from a consultation
 * (its feedback window or its published summary) so the page can link to it; {@code automatic} tells those apart
 * from the milestones staff keep by hand.
 */
public record TimelineEntry(
        LocalDate date,
        MilestoneKind kind,
        LocalizedText title,
        MilestoneStatus status,
        Long consultationId,
        boolean automatic) {}
