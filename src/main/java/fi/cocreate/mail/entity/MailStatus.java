package fi.cocreate.mail.entity;

/** Where a mail is in the outbox. */
public enum MailStatus {
    /** Waiting to be sent, possibly after failed attempts. */
    PENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Given up after the last retry; staff can resend. */
    FAILED
}
