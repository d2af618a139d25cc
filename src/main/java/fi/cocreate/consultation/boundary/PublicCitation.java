package fi.cocreate.consultation.boundary;

import fi.cocreate.consultation.entity.OrganisationType;

/**
 * A citation as the public sees it: only ever of a public response. {@code quote} is the cited passage, or null when
 * the whole response is cited; a passage of a redacted response is not quoted, because the public sees only the
 * redacted text. {@code senders} is the number of senders of the campaign the response is in (see {@link Campaigns}),
 * 0 when it is in none: a statement cites a campaign once, however many of its responses staff cited.
 * {@code organisationVerified} is false while staff have not verified the organisation: the public sees that too.
 */
public record PublicCitation(long responseId, String organisation, OrganisationType organisationType, String quote,
        long senders, boolean organisationVerified) {

    public boolean isCampaign() {
        return senders > 0;
    }
}
