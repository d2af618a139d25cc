package fi.cocreate.consultation.boundary.api;

import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.entity.ConsultationEvent;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A consultation event as published: no meeting links or participants. */
@Schema(name = "Event", description = "A workshop, consultation event or researchers' event")
public record EventJson(
        long id,
        long consultationId,

        @Schema(enumeration = {"WORKSHOP", "CONSULTATION_EVENT", "RESEARCHERS_EVENT"})
        String type,

        LocalizedText title,
        Instant startsAt,
        Instant endsAt,
        String place) {

    public static EventJson of(ConsultationEvent e) {
        return new EventJson(
                e.getId(),
                e.getConsultation().getId(),
                e.getType().name(),
                e.getTitle(),
                e.getStartsAt(),
                e.getEndsAt(),
                e.getPlace());
    }
}
