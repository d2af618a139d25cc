package fi.cocreate.forum.panel.entity;

import fi.cocreate.common.BusinessException;
import fi.cocreate.identity.entity.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A message in the panel's discussion thread about one application. */
@Entity
@Table(name = "panel_discussion_post")
@NamedQuery(
        name = DiscussionPost.BY_APPLICATION,
        query = "select p from DiscussionPost p where p.applicationId = :application order by p.postedAt, p.id")
public class DiscussionPost implements Serializable {

    public static final String BY_APPLICATION = "DiscussionPost.byApplication";
    public static final int MAX_BODY = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "call_id", nullable = false)
    private Long callId;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id")
    private Account author;

    @Column(nullable = false, length = MAX_BODY)
    private String body;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    protected DiscussionPost() {}

    public DiscussionPost(long callId, long applicationId, Account author, String body, Instant at) {
        if (body == null || body.isBlank()) {
            throw new BusinessException("panel.discussion.empty");
        }
        if (body.length() > MAX_BODY) {
            throw new BusinessException("panel.discussion.tooLong", MAX_BODY);
        }
        this.callId = callId;
        this.applicationId = applicationId;
        this.author = Objects.requireNonNull(author, "Author is required.");
        this.body = body.strip();
        this.postedAt = Objects.requireNonNull(at, "Posting time is required.");
    }

    public Long getId() {
        return id;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public Account getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public Instant getPostedAt() {
        return postedAt;
    }
}
