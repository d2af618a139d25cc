package fi.cocreate.consultation.boundary;

import fi.cocreate.consultation.entity.ModerationState;
import fi.cocreate.consultation.entity.Theme;
import java.util.List;
import java.util.Map;

/**
 * The moderation list after filtering, with counts over all submitted responses of the consultation: per state and
 * per theme (a response counts once per theme, whether the response or a passage of it carries the tag).
 */
public record ModerationOverview(List<ModeratedResponse> rows, int total, Map<ModerationState, Long> byState,
        Map<Theme, Long> byTheme) {
}
