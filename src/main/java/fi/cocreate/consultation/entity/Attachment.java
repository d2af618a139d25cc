package fi.cocreate.consultation.entity;

import fi.cocreate.identity.entity.Account;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A file attached to a response (PDF, DOCX or ODT, at most 10 MB), stored in the database. Its type was decided from
 * its content ({@code AttachmentType}), never from the name the user gave it.
 */
@Entity
@Table(name = "attachment")
@NamedQuery(
        name = Attachment.INFO_OF_RESPONSE,
        query = "select new fi.cocreate.consultation.entity.AttachmentInfo(a.id, a.fileName, a.contentType, "
                + "a.sizeBytes, a.uploadedAt) from Attachment a where a.response.id = :responseId"
                + " and a.removedIn is null order by a.id")
@NamedQuery(
        name = Attachment.INFO_OF_VERSION,
        query = "select new fi.cocreate.consultation.entity.AttachmentInfo(a.id, a.fileName, a.contentType, "
                + "a.sizeBytes, a.uploadedAt) from Attachment a where a.response.id = :responseId"
                + " and a.addedIn <= :version and (a.removedIn is null or a.removedIn > :version) order by a.id")
public class Attachment {

    /** The files of the response as the organisation has it now (its open draft, or its last submission). */
    public static final String INFO_OF_RESPONSE = "Attachment.infoOfResponse";
    /** The files one version of the response holds (parameters {@code responseId}, {@code version}). */
    public static final String INFO_OF_VERSION = "Attachment.infoOfVersion";

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "response_id")
    private Response response;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "uploaded_by")
    private Account uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    /** The number of the response version the file was added to (the open draft then). */
    @Column(name = "added_in", nullable = false)
    private int addedIn;

    /** The number of the draft the file was removed from; the versions before it keep the file. */
    @Column(name = "removed_in")
    private Integer removedIn;

    protected Attachment() {}

    public Attachment(
            Response response,
            String fileName,
            String contentType,
            byte[] content,
            Account uploadedBy,
            Instant uploadedAt) {
        this.response = Objects.requireNonNull(response);
        this.fileName = Objects.requireNonNull(fileName);
        this.contentType = Objects.requireNonNull(contentType);
        this.content = Objects.requireNonNull(content);
        this.sizeBytes = content.length;
        this.uploadedBy = Objects.requireNonNull(uploadedBy);
        this.uploadedAt = Objects.requireNonNull(uploadedAt);
        this.addedIn = response.getCurrentVersion();
    }

    /** Whether the version with this number holds the file. */
    public boolean isIn(int versionNumber) {
        return addedIn <= versionNumber && (removedIn == null || removedIn > versionNumber);
    }

    /** Whether the file is in the response as the organisation has it now. */
    public boolean isCurrent() {
        return removedIn == null;
    }

    /**
     * Takes the file out of the organisation's open draft {@code draftNumber}. Answers whether the row may go: only a
     * file added in that very draft, which no submitted version holds; otherwise the submitted versions keep it.
     */
    public boolean removeFromDraft(int draftNumber) {
        if (addedIn >= draftNumber) {
            return true;
        }
        if (removedIn == null) {
            removedIn = draftNumber;
        }
        return false;
    }

    public int getAddedIn() {
        return addedIn;
    }

    public Integer getRemovedIn() {
        return removedIn;
    }

    public Long getId() {
        return id;
    }

    public Response getResponse() {
        return response;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
