package fi.cocreate.consultation.entity;

import java.io.Serializable;
import java.time.Instant;

/** An attachment's description without its content, for lists. */
public record AttachmentInfo(Long id, String fileName, String contentType, long sizeBytes, Instant uploadedAt)
        implements Serializable {
}
