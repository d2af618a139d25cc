package fi.cocreate.consultation.entity;

import fi.cocreate.common.LastEdit;
import fi.cocreate.common.LocalizedText;
import fi.cocreate.common.TimeWindow;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A consultation held as part of a report or preparation process: organisations give written feedback from
 * {@code opensAt} until the {@code deadline} (an instant; the deadline itself is already too late).
 */
@Entity
@Table(name = "consultation")
@NamedQuery(name = Consultation.ALL, query = "select c from Consultation c order by c.window.closesAt desc")
public class Consultation implements Serializable {

    public static final String ALL = "Consultation.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    private LocalizedText process;

    @Embedded
    private LocalizedText title;

    @Embedded
    private LocalizedText description;

    /** Written feedback is accepted from the opening up to, not including, the deadline. */
    @Embedded
    @AttributeOverride(name = "closesAt", column = @Column(name = "deadline", nullable = false))
    private TimeWindow window;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When staff published it; {@code null} while it is a draft, which nobody outside staff sees. */
    @Column(name = "published_at")
    private Instant publishedAt;

    /** When subscribers were told it was published; set once, so publishing again after a withdrawal tells nobody. */
    @Column(name = "announced_at")
    private Instant announcedAt;

    @BatchFetch(BatchFetchType.EXISTS)
    @OneToMany(mappedBy = "consultation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("window.opensAt")
    private List<ConsultationEvent> events = new ArrayList<>();

    @BatchFetch(BatchFetchType.EXISTS)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consultation_theme", joinColumns = @JoinColumn(name = "consultation_id"))
    @Column(name = "theme", length = 40)
    @Convert(converter = fi.cocreate.consultation.entity.ThemeConverter.class)
    private Set<Theme> themes = new java.util.TreeSet<>();

    @BatchFetch(BatchFetchType.EXISTS)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consultation_target_group", joinColumns = @JoinColumn(name = "consultation_id"))
    @Column(name = "target_group", length = 40)
    @Enumerated(EnumType.STRING)
    private Set<TargetGroup> targetGroups = EnumSet.noneOf(TargetGroup.class);

    // Lazy: lists of consultations never show the questions; a batch loads them for all consultations read together.
    @BatchFetch(BatchFetchType.EXISTS)
    @OneToMany(mappedBy = "consultation", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("position")
    private List<Question> questions = new ArrayList<>();

    @Embedded
    private LastEdit lastEdit;

    @Version
    private long version;

    protected Consultation() {}

    public Consultation(
            LocalizedText process,
            LocalizedText title,
            LocalizedText description,
            Instant opensAt,
            Instant deadline,
            Instant createdAt) {
        this.process = process;
        this.title = Objects.requireNonNull(title, "Title is required.");
        this.description = description;
        reschedule(opensAt, deadline);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public final void reschedule(Instant opensAt, Instant deadline) {
        this.window = TimeWindow.between(opensAt, deadline, "consultation.deadlineBeforeOpening");
    }

    /** Whether written feedback is accepted at this instant: from the opening up to, not including, the deadline. */
    /** Makes the consultation public: listed, shown, in the API, open for responses in its window. */
    /** Makes the draft public; answers whether it was a draft (publishing again keeps the first time). */
    public boolean publish(Instant now) {
        if (publishedAt != null) {
            return false;
        }
        publishedAt = Objects.requireNonNull(now);
        return true;
    }

    /**
     * Marks the published consultation as announced to its subscribers; answers whether this is the first time (only
     * then are they told). A draft is never announced.
     */
    public boolean announce(Instant now) {
        if (publishedAt == null || announcedAt != null) {
            return false;
        }
        announcedAt = Objects.requireNonNull(now);
        return true;
    }

    public Instant getAnnouncedAt() {
        return announcedAt;
    }

    /** Back to a draft, hidden from everyone but staff (responses already given are kept). */
    public void unpublish() {
        publishedAt = null;
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public boolean acceptsFeedbackAt(Instant now) {
        return window.contains(now);
    }

    /** Whether an organisation whose own deadline is {@code closesAt} (an extension's end, or the deadline) may respond now. */
    public boolean acceptsFeedbackAt(Instant now, Instant closesAt) {
        return window.hasOpened(now) && now.isBefore(closesAt);
    }

    public boolean isPastDeadline(Instant now) {
        return window.hasClosed(now);
    }

    public ConsultationEvent addEvent(
            EventType type, LocalizedText title, Instant startsAt, Instant endsAt, String place, String remoteLink) {
        ConsultationEvent event = new ConsultationEvent(this, type, title, startsAt, endsAt, place, remoteLink);
        events.add(event);
        return event;
    }

    /** Staff change what the consultation is called and about. */
    public void describe(LocalizedText process, LocalizedText title, LocalizedText description) {
        this.process = process;
        this.title = Objects.requireNonNull(title, "Title is required.");
        this.description = description;
    }

    public void classify(Collection<Theme> themes, Collection<TargetGroup> targetGroups) {
        if (themes != null && themes.stream().anyMatch(Theme::isOwn)) {
            // what a consultation is about, for subscribers, is told in the seven seed themes
            throw new IllegalArgumentException("Only seed themes classify a consultation.");
        }
        this.themes.clear();
        this.themes.addAll(themes == null ? List.of() : themes);
        this.targetGroups.clear();
        this.targetGroups.addAll(targetGroups == null ? List.of() : targetGroups);
    }

    /** Adds a question at the end. */
    public Question addQuestion(
            QuestionType type,
            LocalizedText text,
            int maxLength,
            List<QuestionOption> options,
            Integer scaleMin,
            Integer scaleMax) {
        int position = questions.stream().mapToInt(Question::getPosition).max().orElse(0) + 1;
        Question question = new Question(this, position, type, text, maxLength, options, scaleMin, scaleMax);
        questions.add(question);
        return question;
    }

    public void removeQuestion(long questionId) {
        questions.removeIf(q -> q.getId() != null && q.getId() == questionId);
        int position = 1;
        for (Question q : questions) {
            q.moveTo(position++);
        }
    }

    public java.util.Optional<Question> question(long questionId) {
        return questions.stream()
                .filter(q -> q.getId() != null && q.getId() == questionId)
                .findFirst();
    }

    public Long getId() {
        return id;
    }

    public LocalizedText getProcess() {
        return process;
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

    public Instant getDeadline() {
        return window.getClosesAt();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<ConsultationEvent> getEvents() {
        return Collections.unmodifiableList(events);
    }

    public Set<Theme> getThemes() {
        return Collections.unmodifiableSet(themes);
    }

    public Set<TargetGroup> getTargetGroups() {
        return Collections.unmodifiableSet(targetGroups);
    }

    public List<Question> getQuestions() {
        return Collections.unmodifiableList(questions);
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
