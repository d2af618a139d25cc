package fi.cocreate.consultation.boundary.api;

import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.entity.Consultation;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A consultation as published, with its events and whether its summary is out. */
@Schema(name = "Consultation")
public record ConsultationJson(
        long id,
        LocalizedText process,
        LocalizedText title,
        LocalizedText description,
        Instant opensAt,
        Instant deadline,

        @Schema(description = "Whether written feedback is accepted right now")
        boolean open,

        @Schema(description = "Whether the summary of the feedback is published")
        boolean summaryPublished,

        List<EventJson> events) {

    public static ConsultationJson of(Consultation c, Instant now, boolean summaryPublished) {
        return new ConsultationJson(
                c.getId(),
                c.getProcess(),
                c.getTitle(),
                c.getDescription(),
                c.getOpensAt(),
                c.getDeadline(),
                c.acceptsFeedbackAt(now),
                summaryPublished,
                c.getEvents().stream().map(EventJson::of).toList());
    }
}
