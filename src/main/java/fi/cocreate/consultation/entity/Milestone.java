package fi.cocreate.consultation.entity;

import fi.cocreate.common.LocalizedText;
import jakarta.persistence.Column;
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
import java.time.LocalDate;
import java.util.Objects;

/** A step of a report process that staff keep by hand: a workshop, the submission to Parliament and so on. */
@Entity
@Table(name = "report_milestone")
public class Milestone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "process_id")
    private ReportProcess process;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private MilestoneKind kind;

    @Embedded
    private LocalizedText title;

    @Column(name = "milestone_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MilestoneStatus status;

    @Version
    private long version;

    protected Milestone() {}

    Milestone(ReportProcess process, MilestoneKind kind, LocalizedText title, LocalDate date, MilestoneStatus status) {
        this.process = Objects.requireNonNull(process);
        change(kind, title, date, status);
    }

    public final void change(MilestoneKind kind, LocalizedText title, LocalDate date, MilestoneStatus status) {
        this.kind = Objects.requireNonNull(kind, "Kind is required.");
        this.title = Objects.requireNonNull(title, "Title is required.");
        this.date = Objects.requireNonNull(date, "Date is required.");
        this.status = Objects.requireNonNull(status, "Status is required.");
    }

    public Long getId() {
        return id;
    }

    public ReportProcess getProcess() {
        return process;
    }

    public MilestoneKind getKind() {
        return kind;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public LocalDate getDate() {
        return date;
    }

    public MilestoneStatus getStatus() {
        return status;
    }
}
