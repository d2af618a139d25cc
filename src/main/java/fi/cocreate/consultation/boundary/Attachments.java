package fi.cocreate.consultation.boundary;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.Found;
import fi.cocreate.common.PlainText;
import fi.cocreate.consultation.control.AttachmentType;
import fi.cocreate.consultation.entity.Attachment;
import fi.cocreate.consultation.entity.AttachmentInfo;
import fi.cocreate.consultation.entity.Organisation;
import fi.cocreate.consultation.entity.Response;
import fi.cocreate.identity.entity.Account;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Attachments of responses, stored in the database ({@code attachment.content}, LONGBLOB). The type is decided by
 * content, the size is at most 10 MB, and the file name the user gave is kept only for display, with the extension of
 * the detected type. Representatives reach only their own organisation's attachments; staff read any.
 */
@Stateless
public class Attachments {

    @PersistenceContext
    EntityManager em;

    @Inject
    Representatives representatives;

    @Inject
    Responses responses;

    @Inject
    Clock clock;

    /** Attaches a file to the caller's response to the consultation, starting a draft if needed. */
    public AttachmentInfo attach(long consultationId, String fileName, byte[] content) {
        Account account = representatives.representative();
        if (content == null || content.length == 0) {
            throw new BusinessException("attachment.empty");
        }
        if (content.length > Attachment.MAX_BYTES) {
            throw new BusinessException("attachment.tooLarge", 10);
        }
        AttachmentType type =
                AttachmentType.detect(content).orElseThrow(() -> new BusinessException("attachment.badType"));
        Instant now = clock.instant();
        Response response = responses.mineFor(consultationId).orElse(null);
        if (response == null) {
            responses.saveDraft(consultationId, List.of(), false);
            response = responses.mineFor(consultationId).orElseThrow();
        }
        if (!response.isEditableAt(now, responses.closesAt(response))) {
            throw new BusinessException(
                    now.isBefore(response.getConsultation().getOpensAt())
                            ? "response.notOpenYet"
                            : "response.afterDeadline");
        }
        // A file added after a submission belongs to a new draft: staff see it once that draft is submitted.
        response.openDraft(account, now, responses.closesAt(response));
        Attachment attachment =
                new Attachment(response, displayName(fileName, type), type.contentType(), content, account, now);
        em.persist(attachment);
        em.flush();
        return new AttachmentInfo(
                attachment.getId(),
                attachment.getFileName(),
                attachment.getContentType(),
                attachment.getSizeBytes(),
                attachment.getUploadedAt());
    }

    /** The files of the caller's organisation's response as it has it now (its open draft, or its last submission). */
    public List<AttachmentInfo> ofMyResponse(long responseId) {
        return em.createNamedQuery(Attachment.INFO_OF_RESPONSE, AttachmentInfo.class)
                .setParameter("responseId", responses.mine(responseId).getId())
                .getResultList();
    }

    /** The files of the response's last submitted version, for staff pages: none for a response never submitted. */
    public List<AttachmentInfo> list(long responseId) {
        Response response = em.find(Response.class, responseId);
        if (response == null || response.getSubmittedVersion() == null) {
            return List.of();
        }
        return em.createNamedQuery(Attachment.INFO_OF_VERSION, AttachmentInfo.class)
                .setParameter("responseId", responseId)
                .setParameter("version", response.getSubmittedVersion())
                .getResultList();
    }

    /** An attachment with its content, only if it belongs to the caller's organisation. */
    public Attachment mine(long attachmentId) {
        Organisation organisation = representatives.myOrganisation();
        Attachment attachment = Found.find(
                em,
                Attachment.class,
                attachmentId,
                a -> a.getResponse().getOrganisation().getId().equals(organisation.getId()),
                "attachment.notFound");
        attachment.getContent(); // load the lazy content while the transaction is open
        return attachment;
    }

    /**
     * An attachment of a submitted response with its content, for staff, if the last submitted version holds it. A
     * response never submitted, and a file added to a draft since, are the organisation's own: staff see neither.
     */
    public Attachment forStaff(long attachmentId) {
        representatives.staff();
        Attachment attachment = Found.find(
                em,
                Attachment.class,
                attachmentId,
                a -> a.getResponse().getSubmittedVersion() != null
                        && a.isIn(a.getResponse().getSubmittedVersion()),
                "attachment.notFound");
        attachment.getContent(); // load the lazy content while the transaction is open
        return attachment;
    }

    /**
     * Removes an attachment of the caller's organisation from its draft, only before the deadline. A file a submitted
     * version holds stays in that version (what staff read, the receipt's digest); the draft, and the next
     * submission, are without it.
     */
    public void remove(long attachmentId) {
        Account account = representatives.representative();
        Attachment attachment = mine(attachmentId);
        Response response = attachment.getResponse();
        Instant now = clock.instant();
        Instant closesAt = responses.closesAt(response);
        if (!response.isEditableAt(now, closesAt)) {
            throw new BusinessException("response.afterDeadline");
        }
        if (attachment.removeFromDraft(
                response.openDraft(account, now, closesAt).getNumber())) {
            em.remove(attachment);
        }
    }

    /**
     * The name shown and offered on download: path separators, reserved characters and control characters become
     * "_", quotes stay (a name such as {@code Lausunto "luonnos".pdf} is legitimate; pages escape it and the download
     * sends it as RFC 5987 {@code filename*}), and the extension is the detected type's.
     */
    static String displayName(String given, AttachmentType type) {
        String name = given == null
                ? ""
                : PlainText.name(given)
                        .replaceAll("[\\\\/:*?<>|\\p{Cntrl}]", "_")
                        .strip();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        if (base.isBlank()) {
            base = "attachment";
        }
        if (base.length() > 200) {
            base = base.substring(0, 200);
        }
        return base + type.extension();
    }
}
