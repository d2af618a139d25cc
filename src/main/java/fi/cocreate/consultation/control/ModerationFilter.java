package fi.cocreate.consultation.control;

import fi.cocreate.consultation.entity.ModerationState;
import fi.cocreate.consultation.entity.OrganisationType;
import fi.cocreate.consultation.entity.Theme;
import java.io.Serializable;
import java.util.Collection;

/**
 * Staff's filter over a consultation's submitted responses; a null criterion matches everything. {@code questionId}
 * keeps the responses that answered that question with some text.
 */
public record ModerationFilter(OrganisationType organisationType, Long questionId, Theme theme, ModerationState state)
        implements Serializable {

    public static final ModerationFilter NONE = new ModerationFilter(null, null, null, null);

    public boolean matches(
            OrganisationType type,
            Collection<Long> answeredQuestions,
            Collection<Theme> themes,
            ModerationState moderation) {
        return (organisationType == null || organisationType == type)
                && (questionId == null || answeredQuestions.contains(questionId))
                && (theme == null || themes.contains(theme))
                && (state == null || state == moderation);
    }
}
