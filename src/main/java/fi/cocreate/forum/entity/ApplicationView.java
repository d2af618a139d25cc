package fi.cocreate.forum.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** An audit record: who from staff or the panel saw an application, when, and how. Never changed once written. */
@Entity
@Table(name = "forum_application_view")
@NamedQuery(
        name = ApplicationView.OF_APPLICATION,
        query =
                "select v from ApplicationView v where v.applicationId = :application order by v.viewedAt desc, v.id desc")
public class ApplicationView implements Serializable {

    public static final String OF_APPLICATION = "ApplicationView.ofApplication";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Column(name = "viewer_id")
    private Long viewerId;

    @Column(name = "viewer_email", nullable = false, length = 254)
    private String viewerEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ViewPurpose purpose;

    @Column(name = "viewed_at", nullable = false)
    private Instant viewedAt;

    protected ApplicationView() {}

    public ApplicationView(long applicationId, Long viewerId, String viewerEmail, ViewPurpose purpose, Instant at) {
        this.applicationId = applicationId;
        this.viewerId = viewerId;
        this.viewerEmail = Objects.requireNonNull(viewerEmail);
        this.purpose = Objects.requireNonNull(purpose);
        this.viewedAt = Objects.requireNonNull(at);
    }

    public Long getId() {
        return id;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public Long getViewerId() {
        return viewerId;
    }

    public String getViewerEmail() {
        return viewerEmail;
    }

    public ViewPurpose getPurpose() {
        return purpose;
    }

    public Instant getViewedAt() {
        return viewedAt;
    }
}
