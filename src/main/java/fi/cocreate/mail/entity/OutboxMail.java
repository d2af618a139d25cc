package fi.cocreate.mail.entity;

import fi.cocreate.mail.control.ComposedMail;
import fi.cocreate.mail.control.MailAttachment;
import fi.cocreate.mail.control.RetryPolicy;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A mail in the outbox. Written in the same transaction as the action that causes it, so a mail exists exactly when
 * the action happened; the worker sends it later, retrying with backoff while the SMTP server is away.
 */
@Entity
@Table(name = "outbox_mail")
@NamedQuery(
        name = OutboxMail.DUE,
        query =
                "select m.id from OutboxMail m where m.status = fi.cocreate.mail.entity.MailStatus.PENDING and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id")
@NamedQuery(name = OutboxMail.RECENT, query = "select m from OutboxMail m order by m.id desc")
@NamedQuery(
        name = OutboxMail.BY_STATUS,
        query = "select m from OutboxMail m where m.status = :status order by m.id desc")
public class OutboxMail implements Serializable {

    public static final String DUE = "OutboxMail.due";
    public static final String RECENT = "OutboxMail.recent";
    public static final String BY_STATUS = "OutboxMail.byStatus";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = 2)
    private String language;

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(nullable = false, length = 300)
    private String subject;

    @Lob
    @Column(name = "text_body", nullable = false)
    private String textBody;

    @Lob
    @Column(name = "html_body", nullable = false)
    private String htmlBody;

    @Column(name = "list_unsubscribe", length = 500)
    private String listUnsubscribe;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MailStatus status = MailStatus.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @OneToMany(mappedBy = "mail", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<OutboxAttachment> attachments = new ArrayList<>();

    protected OutboxMail() {}

    public OutboxMail(String recipient, String kind, ComposedMail mail, String listUnsubscribe, Instant now) {
        this.recipient = Objects.requireNonNull(recipient, "Recipient is required.");
        this.kind = Objects.requireNonNull(kind, "Kind is required.");
        this.language = mail.language();
        this.subject = truncate(mail.subject(), 300);
        this.textBody = mail.text();
        this.htmlBody = mail.html();
        this.listUnsubscribe = listUnsubscribe;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** Adds a file to send with the mail (before it is sent). */
    public void attach(MailAttachment attachment) {
        attachments.add(new OutboxAttachment(this, attachment));
    }

    public boolean isDue(Instant now) {
        return status == MailStatus.PENDING && !nextAttemptAt.isAfter(now);
    }

    public void markSent(Instant now) {
        attempts++;
        status = MailStatus.SENT;
        sentAt = now;
        lastError = null;
    }

    /** Records a failed attempt and schedules the next one, or gives up after the last. */
    public void markFailed(String error, Instant now) {
        attempts++;
        lastError = truncate(error == null ? "unknown error" : error, 1000);
        if (RetryPolicy.shouldGiveUp(attempts)) {
            status = MailStatus.FAILED;
        } else {
            nextAttemptAt = RetryPolicy.nextAttempt(now, attempts);
        }
    }

    /** Staff ask for another try of a failed (or sent) mail: it goes back to the queue with a fresh retry budget. */
    public void resend(Instant now) {
        status = MailStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getLanguage() {
        return language;
    }

    public String getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public String getListUnsubscribe() {
        return listUnsubscribe;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public List<OutboxAttachment> getAttachments() {
        return Collections.unmodifiableList(attachments);
    }
}
