package fi.cocreate.consultation.entity;

import fi.cocreate.common.LastEdit;
import fi.cocreate.common.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/** One statement of a summary, in fi/sv/en, coded by theme; it cites the responses or passages it rests on. */
@Entity
@Table(name = "summary_statement")
public class SummaryStatement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "summary_id")
    private ConsultationSummary summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private SummarySection section;

    @Convert(converter = fi.cocreate.consultation.entity.ThemeConverter.class)
    @Column(length = 40)
    private Theme theme;

    @Column(nullable = false)
    private int position;

    @Embedded
    private LocalizedText text;

    /** Staff's own conclusion: a statement that rests on no response, and says so (see {@link #needsCitation}). */
    @Column(name = "own_conclusion", nullable = false)
    private boolean ownConclusion;

    @Embedded
    private LastEdit lastEdit;

    @Version
    private long version;

    protected SummaryStatement() {}

    SummaryStatement(
            ConsultationSummary summary, SummarySection section, Theme theme, LocalizedText text, int position) {
        this.summary = Objects.requireNonNull(summary);
        this.section = Objects.requireNonNull(section, "Section is required.");
        this.theme = theme;
        this.text = Objects.requireNonNull(text, "Text is required.");
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public ConsultationSummary getSummary() {
        return summary;
    }

    public SummarySection getSection() {
        return section;
    }

    public Theme getTheme() {
        return theme;
    }

    public int getPosition() {
        return position;
    }

    public LocalizedText getText() {
        return text;
    }

    public boolean isOwnConclusion() {
        return ownConclusion;
    }

    /** Marks the statement as staff's own conclusion (no citation needed), or takes the mark away. */
    public void markOwnConclusion(boolean ownConclusion) {
        this.ownConclusion = ownConclusion;
    }

    /**
     * Whether publishing needs a citation for this statement: a statement about the written feedback rests on cited
     * responses unless staff marked it as their own conclusion. A statement about the events' discussions reports
     * what was said there and rests on the event.
     */
    public boolean needsCitation() {
        return section == SummarySection.FEEDBACK && !ownConclusion;
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
