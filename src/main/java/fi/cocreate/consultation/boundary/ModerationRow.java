package fi.cocreate.consultation.boundary;

import fi.cocreate.consultation.control.ThemeClassifier.Suggestion;
import fi.cocreate.consultation.entity.ModerationState;
import fi.cocreate.consultation.entity.OrganisationType;
import fi.cocreate.consultation.entity.ResponseChannel;
import fi.cocreate.consultation.entity.Theme;
import java.io.Serializable;
import java.util.List;

/**
 * One line of staff's moderation list: what the list shows of a submitted response, read by one query per page.
 * {@code organisationVerified} is false until staff verified the organisation: such a response is shown as
 * unverified everywhere. {@code late}: submitted after the deadline under an extension. {@code suggestions}: the
 * themes the app suggests for the whole response ({@link ThemeSuggestions#forResponses}, read for the page at once).
 */
public record ModerationRow(
        long responseId,
        String organisation,
        OrganisationType organisationType,
        String reference,
        ModerationState state,
        boolean publicationConsent,
        List<Theme> themes,
        boolean organisationVerified,
        boolean late,
        ResponseChannel channel,
        List<Suggestion> suggestions)
        implements Serializable {

    /** The row with the themes suggested for its response (none for null), once they are read for the page. */
    public ModerationRow withSuggestions(List<Suggestion> suggestions) {
        return new ModerationRow(
                responseId,
                organisation,
                organisationType,
                reference,
                state,
                publicationConsent,
                themes,
                organisationVerified,
                late,
                channel,
                suggestions == null ? List.of() : List.copyOf(suggestions));
    }
}
