package fi.cocreate.mail.entity;

import fi.cocreate.mail.control.MailAttachment;
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
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A file stored with an outbox mail until it is sent; the mail carries it as a part of a multipart/mixed message. */
@Entity
@Table(name = "outbox_attachment")
public class OutboxAttachment implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "mail_id")
    private OutboxMail mail;

    @Column(nullable = false, length = 200)
    private String filename;

    @Column(name = "content_type", nullable = false, length = 200)
    private String contentType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected OutboxAttachment() {}

    OutboxAttachment(OutboxMail mail, MailAttachment attachment) {
        this.mail = Objects.requireNonNull(mail);
        this.filename = attachment.filename();
        this.contentType = attachment.contentType();
        this.content = attachment.content();
    }

    public Long getId() {
        return id;
    }

    public String getFilename() {
        return filename;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
