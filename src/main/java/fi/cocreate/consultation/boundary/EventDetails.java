package fi.cocreate.consultation.boundary;

import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.entity.EventType;
import fi.cocreate.consultation.entity.TargetGroup;
import java.time.Instant;
import java.util.Set;

/** What staff enter for an event: the boundary checks it and the event guards its own rules. */
public record EventDetails(
        EventType type,
        LocalizedText title,
        LocalizedText description,
        Instant startsAt,
        Instant endsAt,
        String place,
        String remoteLink,
        Integer capacity,
        Set<TargetGroup> targetGroups) {}
