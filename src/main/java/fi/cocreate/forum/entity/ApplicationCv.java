package fi.cocreate.forum.entity;

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
 * The CV attached to an application, a PDF. Kept apart from the application so that lists never load the file.
 */
@Entity
@Table(name = "forum_application_cv")
@NamedQuery(
        name = ApplicationCv.OF_APPLICATION,
        query = "select c from ApplicationCv c where c.application.id = :application")
@NamedQuery(
        name = ApplicationCv.DELETE_OF_APPLICATION,
        query = "delete from ApplicationCv c where c.application.id = :application")
public class ApplicationCv {

    public static final String OF_APPLICATION = "ApplicationCv.ofApplication";
    public static final String DELETE_OF_APPLICATION = "ApplicationCv.deleteOfApplication";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id", nullable = false)
    private ForumApplication application;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected ApplicationCv() {}

    public ApplicationCv(ForumApplication application, String fileName, byte[] content, Instant uploadedAt) {
        this.application = Objects.requireNonNull(application);
        this.fileName = Objects.requireNonNull(fileName);
        this.content = Objects.requireNonNull(content).clone();
        this.uploadedAt = Objects.requireNonNull(uploadedAt);
    }

    public void replace(String newFileName, byte[] newContent, Instant at) {
        this.fileName = Objects.requireNonNull(newFileName);
        this.content = Objects.requireNonNull(newContent).clone();
        this.uploadedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
