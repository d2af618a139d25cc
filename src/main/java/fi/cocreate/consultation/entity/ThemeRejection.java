package fi.cocreate.consultation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A theme the app suggested for a whole response or one of its passages and staff rejected: it is not suggested there
 * again, and the suggestions learn the text as an example of what the theme is not.
 */
@Entity
@Table(name = "theme_suggestion_rejection")
public class ThemeRejection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "response_id")
    private Response response;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "passage_id")
    private Passage passage;

    @Convert(converter = fi.cocreate.consultation.entity.ThemeConverter.class)
    @Column(nullable = false, length = 40)
    private Theme theme;

    @Column(name = "rejected_by", nullable = false)
    private String rejectedBy;

    @Column(name = "rejected_at", nullable = false)
    private Instant rejectedAt;

    protected ThemeRejection() {}

    /** Rejects the theme for the whole response ({@code passage} null) or for one of its passages. */
    public ThemeRejection(Response response, Passage passage, Theme theme, String rejectedBy, Instant rejectedAt) {
        this.response = Objects.requireNonNull(response, "Response is required.");
        if (passage != null && !passage.getResponse().getId().equals(response.getId())) {
            throw new IllegalArgumentException("The passage is of another response.");
        }
        this.passage = passage;
        this.theme = Objects.requireNonNull(theme, "Theme is required.");
        this.rejectedBy = Objects.requireNonNull(rejectedBy, "Who rejected is required.");
        this.rejectedAt = Objects.requireNonNull(rejectedAt, "When is required.");
    }

    public Long getId() {
        return id;
    }

    public Theme getTheme() {
        return theme;
    }

    public String getRejectedBy() {
        return rejectedBy;
    }

    public Instant getRejectedAt() {
        return rejectedAt;
    }
}
