package fi.cocreate.consultation.boundary;

import fi.cocreate.common.PublicLinks;
import fi.cocreate.common.SupportedLanguage;
import fi.cocreate.consultation.control.HelsinkiTime;
import fi.cocreate.consultation.control.ReceiptText;
import fi.cocreate.consultation.control.ResponseDigest;
import fi.cocreate.consultation.entity.Response;
import fi.cocreate.consultation.entity.ResponseVersion;
import fi.cocreate.identity.entity.Account;
import fi.cocreate.mail.boundary.Outbox;
import fi.cocreate.mail.control.MailKind;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The receipt of a submitted version, however it arrived (a representative's submit, or staff entering a statement
 * received by email or post): the content digest recorded on the version and the receipt mail, queued in the caller's
 * transaction. The public check of a receipt is {@link Receipts}.
 */
@Stateless
public class SubmissionReceipts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    PublicLinks links;

    /**
     * Records on the submitted version the digest of its answers, consent and the response's attached files (their
     * bytes and names), which the receipt names.
     */
    public void recordDigest(Response response, ResponseVersion version) {
        List<ResponseDigest.File> files = em.createQuery(
                        "select a.fileName, a.content from Attachment a"
                                + " where a.response.id = :r and a.addedIn <= :v and (a.removedIn is null or a.removedIn > :v)"
                                + " order by a.id",
                        Object[].class)
                .setParameter("r", response.getId())
                .setParameter("v", version.getNumber())
                .getResultStream()
                .map(row -> ResponseDigest.File.of((String) row[0], (byte[]) row[1]))
                .toList();
        version.recordDigest(ResponseDigest.ofVersion(response.getConsultation().getId(), version, files));
    }

    /** Queues the receipt of the submitted version to one person, in their own language. */
    public void send(Account author, Response response, ResponseVersion version) {
        String language = SupportedLanguage.orDefault(author.getLanguage());
        var locale = SupportedLanguage.locale(language);
        outbox.queue(
                author.getEmail(),
                language,
                MailKind.RESPONSE_RECEIPT,
                author.getDisplayName(),
                response.getConsultation().getTitle().in(locale),
                response.getOrganisation().getName(),
                response.getReferenceNumber(),
                HelsinkiTime.format(version.getSubmittedAt(), language),
                version.getNumber(),
                ReceiptText.answers(
                        response.getConsultation(),
                        version,
                        language,
                        em
                                .createNamedQuery(
                                        fi.cocreate.consultation.entity.Attachment.INFO_OF_VERSION,
                                        fi.cocreate.consultation.entity.AttachmentInfo.class)
                                .setParameter("responseId", response.getId())
                                .setParameter("version", version.getNumber())
                                .getResultList()
                                .stream()
                                .map(fi.cocreate.consultation.entity.AttachmentInfo::fileName)
                                .toList()),
                links.page("/consultation/org/respond.xhtml?consultation="
                        + response.getConsultation().getId()),
                version.getDigest(),
                links.page("/consultation/receipt.xhtml?reference=" + response.getReferenceNumber() + "&digest="
                        + version.getDigest()),
                version.approvedBy()
                        .map(Account::getDisplayName)
                        .orElseGet(() -> ReceiptText.enteredByStaff(language)));
    }
}
