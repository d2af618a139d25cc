package fi.cocreate.forum.entity;

import fi.cocreate.common.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A call for applications to an expert forum, open in a window: applications are accepted from {@code opensAt} up
 * to, not including, {@code closesAt}.
 */
@Entity
@Table(name = "forum_call")
@NamedQuery(name = ForumCall.ALL, query = "select c from ForumCall c order by c.closesAt desc")
public class ForumCall {

    public static final String ALL = "ForumCall.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fi", column = @Column(name = "title_fi")),
        @AttributeOverride(name = "sv", column = @Column(name = "title_sv")),
        @AttributeOverride(name = "en", column = @Column(name = "title_en"))})
    private LocalizedText title;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fi", column = @Column(name = "description_fi")),
        @AttributeOverride(name = "sv", column = @Column(name = "description_sv")),
        @AttributeOverride(name = "en", column = @Column(name = "description_en"))})
    private LocalizedText description;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(name = "forum_size", nullable = false)
    private int forumSize;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ForumCall() {
    }

    public ForumCall(LocalizedText title, LocalizedText description, Instant opensAt, Instant closesAt, int forumSize,
            Instant createdAt) {
        this.title = Objects.requireNonNull(title, "Title is required.");
        this.description = description;
        Objects.requireNonNull(opensAt, "Opening time is required.");
        Objects.requireNonNull(closesAt, "Closing time is required.");
        if (!closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("A call must close after it opens.");
        }
        if (forumSize < 1) {
            throw new IllegalArgumentException("The forum needs at least one member.");
        }
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.forumSize = forumSize;
        this.createdAt = createdAt;
    }

    public boolean isOpenAt(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    public Long getId() {
        return id;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public LocalizedText getDescription() {
        return description;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public int getForumSize() {
        return forumSize;
    }
}
