package fi.cocreate.consultation.entity;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.LastEdit;
import fi.cocreate.common.LocalizedText;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * Staff's summary of a consultation's feedback and event discussions, as a list of statements. It may be published
 * only once the consultation's deadline has passed (the deadline instant itself counts as passed), so nobody reads a
 * summary while others can still answer.
 */
@Entity
@Table(name = "consultation_summary")
@NamedQuery(
        name = ConsultationSummary.OF_CONSULTATION,
        query = "select s from ConsultationSummary s where s.consultation.id = :consultation")
@NamedQuery(
        name = ConsultationSummary.PUBLISHED,
        query = "select s from ConsultationSummary s where s.publishedAt is not null order by s.publishedAt desc")
public class ConsultationSummary {

    public static final String OF_CONSULTATION = "ConsultationSummary.ofConsultation";
    public static final String PUBLISHED = "ConsultationSummary.published";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    // Batched rather than joined: a joined consultation would load its own collections one by one.
    @BatchFetch(BatchFetchType.EXISTS)
    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "consultation_id")
    private Consultation consultation;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @OneToMany(mappedBy = "summary", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<SummaryStatement> statements = new ArrayList<>();

    @Embedded
    private LastEdit lastEdit;

    @Version
    private long version;

    protected ConsultationSummary() {}

    public ConsultationSummary(Consultation consultation, Instant createdAt) {
        this.consultation = Objects.requireNonNull(consultation, "Consultation is required.");
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /**
     * Before publishing: proposals in accepted responses that have no recorded reaction of the ministry are published
     * unanswered, so staff must confirm that ({@code confirmed}); refused otherwise, naming how many.
     */
    public static void requireProposalsAnswered(long unanswered, boolean confirmed) {
        if (unanswered > 0 && !confirmed) {
            throw new BusinessException("summary.unansweredProposalsConfirm", unanswered);
        }
    }

    /** Whether the summary may be published at this instant: only at or after the consultation's deadline. */
    public boolean mayBePublishedAt(Instant now) {
        return consultation.isPastDeadline(now);
    }

    /** Publishes the summary; refused before the deadline, without statements, or when already published. */
    /**
     * The statements that would be published without a ground: about the written feedback, not cited (their ids are
     * not in {@code cited}) and not marked as staff's own conclusion.
     */
    public java.util.List<SummaryStatement> uncited(java.util.Set<Long> cited) {
        return statements.stream()
                .filter(s -> s.needsCitation() && (s.getId() == null || !cited.contains(s.getId())))
                .toList();
    }

    public void publish(Instant now) {
        if (publishedAt != null) {
            throw new BusinessException("summary.alreadyPublished");
        }
        if (!mayBePublishedAt(now)) {
            throw new BusinessException("summary.beforeDeadline");
        }
        if (statements.isEmpty()) {
            throw new BusinessException("summary.empty");
        }
        publishedAt = now;
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public SummaryStatement addStatement(SummarySection section, Theme theme, LocalizedText text) {
        int next = statements.stream()
                        .mapToInt(SummaryStatement::getPosition)
                        .max()
                        .orElse(0)
                + 1;
        SummaryStatement statement = new SummaryStatement(this, section, theme, text, next);
        statements.add(statement);
        return statement;
    }

    public void removeStatement(long statementId) {
        statements.removeIf(s -> s.getId() != null && s.getId() == statementId);
    }

    public Long getId() {
        return id;
    }

    public Consultation getConsultation() {
        return consultation;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public List<SummaryStatement> getStatements() {
        return Collections.unmodifiableList(statements);
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
