package fi.cocreate.consultation.boundary;

import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.control.ResponseDigest;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/**
 * The public receipt check: whoever holds a submission's reference number and its content digest (both in the receipt
 * mail) can confirm when exactly that content was received. Without both nothing is revealed, not even whether the
 * reference exists.
 */
@Stateless
public class Receipts {

    @PersistenceContext
    EntityManager em;

    /**
     * What the check confirms: which response, which version, received when, for which consultation, and who of the
     * organisation approved and submitted it (null for a statement staff entered from an email or a letter).
     */
    public record Confirmation(
            String reference,
            int version,
            Instant receivedAt,
            LocalizedText consultation,
            String organisation,
            String approvedBy)
            implements java.io.Serializable {}

    public Optional<Confirmation> confirm(String reference, String typedDigest) {
        String digest = ResponseDigest.normalise(typedDigest);
        if (reference == null || reference.isBlank() || digest == null) {
            return Optional.empty();
        }
        return em.createQuery(
                        "select new fi.cocreate.consultation.boundary.Receipts.Confirmation(r.referenceNumber,"
                                + " v.number, v.submittedAt, c.title, o.name, ap.displayName) from ResponseVersion v join v.response r"
                                + " join r.consultation c join r.organisation o left join v.approvedBy ap where r.referenceNumber = :reference"
                                + " and v.digest = :digest and v.submittedAt is not null",
                        Confirmation.class)
                .setParameter("reference", reference.strip())
                .setParameter("digest", digest)
                .getResultStream()
                .findFirst();
    }
}
