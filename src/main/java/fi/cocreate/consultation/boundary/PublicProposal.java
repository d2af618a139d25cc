package fi.cocreate.consultation.boundary;

import fi.cocreate.consultation.control.RedactedText;
import fi.cocreate.consultation.entity.OrganisationType;
import fi.cocreate.consultation.entity.ProposalReaction;
import java.time.Instant;

/**
 * A proposal of a public response with the ministry's reaction and reason, as anyone may read it; {@code text} is
 * the proposal as the public may read it (what staff removed from the answer is marked).
 */
public record PublicProposal(
        long id,
        long responseId,
        String organisation,
        OrganisationType organisationType,
        boolean organisationVerified,
        RedactedText text,
        ProposalReaction reaction,
        String reason,
        Instant answeredAt) {}
