package fi.cocreate.consultation.boundary.api;

import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.control.TimelineEntry;
import fi.cocreate.consultation.entity.ReportProcess;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A report process and its progress timeline. */
@Schema(name = "ReportProcess")
public record TimelineJson(long id, LocalizedText name, List<Step> steps) {

    @Schema(name = "TimelineStep")
    public record Step(
            LocalDate date,

            @Schema(enumeration = {"WORKSHOP", "CONSULTATION", "EVENT", "SUMMARY", "SUBMISSION_TO_PARLIAMENT", "OTHER"})
            String kind,

            LocalizedText title,

            @Schema(enumeration = {"PLANNED", "ONGOING", "DONE"})
            String status,

            @Schema(description = "The consultation this step comes from, if any")
            Long consultationId) {}

    public static TimelineJson of(ReportProcess process, List<TimelineEntry> entries) {
        return new TimelineJson(
                process.getId(),
                process.getName(),
                entries.stream()
                        .map(e -> new Step(
                                e.date(), e.kind().name(), e.title(), e.status().name(), e.consultationId()))
                        .toList());
    }
}
