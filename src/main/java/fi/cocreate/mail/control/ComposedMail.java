package fi.cocreate.mail.control;

import java.util.Objects;

/** A mail ready to be queued: subject, plain text and its HTML alternative, in the recipient's language. */
public record ComposedMail(String language, String subject, String text, String html) {

    public ComposedMail {
        Objects.requireNonNull(subject, "Subject is required.");
        Objects.requireNonNull(text, "Text is required.");
        Objects.requireNonNull(html, "HTML is required.");
    }
}
