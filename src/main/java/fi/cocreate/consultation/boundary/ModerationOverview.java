package fi.cocreate.consultation.boundary;

import fi.cocreate.consultation.entity.ModerationState;
import fi.cocreate.consultation.entity.Theme;
import java.io.Serializable;
import java.util.Map;

/**
 * Counts over all submitted responses of a consultation, from aggregate queries: the total, per state and per theme
 * (a response counts once per theme, whether the response or a passage of it carries the tag), and how many come
 * from organisations staff have not verified yet.
 */
public record ModerationOverview(
        long total, Map<ModerationState, Long> byState, Map<Theme, Long> byTheme, long unverified)
        implements Serializable {}
