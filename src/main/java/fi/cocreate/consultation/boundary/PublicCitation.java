package fi.cocreate.consultation.boundary;

import fi.cocreate.consultation.entity.OrganisationType;

/**
 * A citation as the public sees it: only ever of a public response. {@code quote} is the cited passage, or null when
 * the whole response is cited; a passage of a redacted response is not quoted, because the public sees only the
 * redacted text.
 */
public record PublicCitation(long responseId, String organisation, OrganisationType organisationType, String quote) {
}
