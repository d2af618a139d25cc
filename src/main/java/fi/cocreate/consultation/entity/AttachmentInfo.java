package fi.cocreate.consultation.entity;

import java.io.Serializable;
import java.time.Instant;

/** An attachment's description without its content, for lists. The getters are for pages (EL 5 reads no records). */
public record AttachmentInfo(Long id, String fileName, String contentType, long sizeBytes, Instant uploadedAt)
        implements Serializable {

    public Long getId() {
        return id;
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

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
