package fi.cocreate.consultation.control;

import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.ConsultationSummary;
import fi.cocreate.consultation.entity.MilestoneKind;
import fi.cocreate.consultation.entity.MilestoneStatus;
import fi.cocreate.consultation.entity.ReportProcess;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Builds a report process's public timeline: the milestones staff keep, plus every consultation of the process
 * (planned before it opens, ongoing while it takes feedback, done after its deadline) and every published summary,
 * so those never need to be entered twice. Dates are Helsinki dates.
 */
public final class ProgressTimeline {

    private ProgressTimeline() {}

    /**
     * @param publishedSummaries published summaries of the process's consultations, by consultation id
     */
    public static List<TimelineEntry> of(
            ReportProcess process, Map<Long, ConsultationSummary> publishedSummaries, Instant now, ZoneId zone) {
        List<TimelineEntry> entries = new ArrayList<>();
        process.getMilestones()
                .forEach(m -> entries.add(
                        new TimelineEntry(m.getDate(), m.getKind(), m.getTitle(), m.getStatus(), null, false)));
        for (Consultation c : process.getConsultations()) {
            entries.add(new TimelineEntry(
                    LocalDate.ofInstant(c.getOpensAt(), zone),
                    MilestoneKind.CONSULTATION,
                    c.getTitle(),
                    consultationStatus(c, now),
                    c.getId(),
                    true));
            ConsultationSummary summary = c.getId() == null ? null : publishedSummaries.get(c.getId());
            if (summary != null && summary.isPublished()) {
                entries.add(new TimelineEntry(
                        LocalDate.ofInstant(summary.getPublishedAt(), zone),
                        MilestoneKind.SUMMARY,
                        c.getTitle(),
                        MilestoneStatus.DONE,
                        c.getId(),
                        true));
            }
        }
        entries.sort(Comparator.comparing(TimelineEntry::date)
                .thenComparing(e -> e.kind().ordinal()));
        return entries;
    }

    /** A consultation is planned before it opens, ongoing while it takes feedback and done from its deadline on. */
    public static MilestoneStatus consultationStatus(Consultation consultation, Instant now) {
        if (consultation.isPastDeadline(now)) {
            return MilestoneStatus.DONE;
        }
        return consultation.acceptsFeedbackAt(now) ? MilestoneStatus.ONGOING : MilestoneStatus.PLANNED;
    }
}
