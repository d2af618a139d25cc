package fi.cocreate.mail.control;

import java.util.Objects;

/** A file sent with a mail, for example an event's calendar entry ({@code text/calendar}). */
public record MailAttachment(String filename, String contentType, byte[] content) {

    public MailAttachment {
        Objects.requireNonNull(filename, "Filename is required.");
        Objects.requireNonNull(contentType, "Content type is required.");
        Objects.requireNonNull(content, "Content is required.");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
