package fi.cocreate.forum.entity;

import fi.cocreate.common.LastEdit;
import fi.cocreate.common.LocalizedText;
import fi.cocreate.common.TimeWindow;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A call for applications to an expert forum, open in a window: applications are accepted from {@code opensAt} up
 * to, not including, {@code closesAt}. It states the planned size of the forum, the areas of expertise it seeks and
 * how the forum meets (for example two remote meetings a year).
 */
@Entity
@Table(name = "forum_call")
@NamedQuery(name = ForumCall.ALL, query = "select c from ForumCall c order by c.window.closesAt desc")
public class ForumCall implements Serializable {

    public static final String ALL = "ForumCall.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    private LocalizedText title;

    @Embedded
    private LocalizedText description;

    /** Applications are accepted from the opening up to, not including, the closing. */
    @Embedded
    private TimeWindow window;

    @Column(name = "forum_size", nullable = false)
    private int forumSize;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Embedded
    private LocalizedText meetingPlan;

    @Column(name = "meetings_per_year")
    private Integer meetingsPerYear;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "forum_call_area", joinColumns = @JoinColumn(name = "call_id"))
    @Column(name = "area", length = 40)
    @Enumerated(EnumType.STRING)
    private Set<ExpertiseArea> areasSought = EnumSet.noneOf(ExpertiseArea.class);

    @Embedded
    private LastEdit lastEdit;

    @Version
    private long version;

    protected ForumCall() {}

    public ForumCall(
            LocalizedText title,
            LocalizedText description,
            Instant opensAt,
            Instant closesAt,
            int forumSize,
            Instant createdAt) {
        this.createdAt = createdAt;
        revise(title, description, opensAt, closesAt, forumSize);
    }

    /** Staff change what the call says, its window or the planned size of the forum. */
    public final void revise(
            LocalizedText title, LocalizedText description, Instant opensAt, Instant closesAt, int forumSize) {
        Objects.requireNonNull(title, "Title is required.");
        TimeWindow window = TimeWindow.between(opensAt, closesAt, "forum.call.invalidWindow");
        if (forumSize < 1) {
            throw new IllegalArgumentException("The forum needs at least one member.");
        }
        this.title = title;
        this.description = description;
        this.window = window;
        this.forumSize = forumSize;
    }

    /** How the forum meets, e.g. "two remote meetings a year"; the count may be left open. */
    public void planMeetings(LocalizedText plan, Integer perYear) {
        if (perYear != null && perYear < 0) {
            throw new IllegalArgumentException("Meetings per year cannot be negative.");
        }
        this.meetingPlan = plan;
        this.meetingsPerYear = perYear;
    }

    /** The areas of expertise this call looks for; applicants may still name any area. */
    public void seekAreas(Collection<ExpertiseArea> areas) {
        areasSought.clear();
        if (areas != null) {
            areasSought.addAll(areas);
        }
    }

    /** Whether the window has closed at the given instant ("at the deadline" is already too late). */
    public boolean isClosedAt(Instant now) {
        return window.hasClosed(now);
    }

    public boolean isOpenAt(Instant now) {
        return window.contains(now);
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
        return window.getOpensAt();
    }

    public Instant getClosesAt() {
        return window.getClosesAt();
    }

    public int getForumSize() {
        return forumSize;
    }

    public LocalizedText getMeetingPlan() {
        return meetingPlan;
    }

    public Integer getMeetingsPerYear() {
        return meetingsPerYear;
    }

    public Set<ExpertiseArea> getAreasSought() {
        return Collections.unmodifiableSet(areasSought);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The optimistic-lock version; an editing page keeps the one it showed and the boundary compares it. */
    public long getVersion() {
        return version;
    }

    /** Who saved this last and when, to name them to someone saving from an older page; null before any edit. */
    public LastEdit getLastEdit() {
        return lastEdit;
    }

    /** Records a save by {@code by} (a display name or email) at {@code at}; the version moves with it. */
    public void edited(String by, java.time.Instant at) {
        this.lastEdit = new LastEdit(by, at);
    }
}
