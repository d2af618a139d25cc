package fi.cocreate.consultation.boundary;

import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.control.RedactedText;
import fi.cocreate.consultation.entity.OrganisationType;

/**
 * A citation as the public sees it: only ever of a public response. {@code quote} is the cited passage as the public
 * may read it (what staff removed from the answer is marked, see {@link RedactedText}), or null when the whole
 * response is cited or the response was replaced as a whole by one text. {@code senders} is the number of senders of
 * the campaign the response is in (see {@link Campaigns}), 0 when it is in none: a statement cites a campaign once,
 * however many of its responses staff cited. {@code organisationVerified} is false while staff have not verified the
 * organisation: the public sees that too. {@code event} is the event whose output the cited feedback is (then there
 * is no organisation, its name and type are null), null for an organisation's response.
 */
public record PublicCitation(
        long responseId,
        String organisation,
        OrganisationType organisationType,
        RedactedText quote,
        long senders,
        boolean organisationVerified,
        LocalizedText event) {

    public PublicCitation(
            long responseId,
            String organisation,
            OrganisationType organisationType,
            RedactedText quote,
            long senders,
            boolean organisationVerified) {
        this(responseId, organisation, organisationType, quote, senders, organisationVerified, null);
    }

    /** The output of a workshop or event, entered by staff, rather than an organisation's statement. */
    public boolean isEventOutput() {
        return event != null;
    }

    /** Who the cited feedback is from: the organisation, or the event's title in the reader's language. */
    public String source(java.util.Locale locale) {
        return event == null ? organisation : event.in(locale);
    }

    public boolean isCampaign() {
        return senders > 0;
    }
}
