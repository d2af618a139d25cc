package fi.cocreate.consultation.entity;

import fi.cocreate.common.LocalizedText;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A preparation process such as the 2020 integration report: its hand-kept milestones and the consultations held for
 * it, which together make its public progress timeline.
 */
@Entity
@Table(name = "report_process")
@NamedQuery(name = ReportProcess.ALL, query = "select p from ReportProcess p order by p.createdAt desc")
@NamedQuery(
        name = ReportProcess.OF_CONSULTATION,
        query = "select p from ReportProcess p join p.consultations c where c.id = :consultation")
public class ReportProcess {

    public static final String ALL = "ReportProcess.all";
    public static final String OF_CONSULTATION = "ReportProcess.ofConsultation";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    private LocalizedText name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "process", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("date")
    private List<Milestone> milestones = new ArrayList<>();

    @ManyToMany
    @JoinTable(
            name = "report_process_consultation",
            joinColumns = @JoinColumn(name = "process_id"),
            inverseJoinColumns = @JoinColumn(name = "consultation_id"))
    @OrderBy("window.opensAt")
    private List<Consultation> consultations = new ArrayList<>();

    @Version
    private long version;

    protected ReportProcess() {}

    public ReportProcess(LocalizedText name, Instant createdAt) {
        rename(name);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public final void rename(LocalizedText name) {
        this.name = Objects.requireNonNull(name, "Name is required.");
    }

    public Milestone addMilestone(MilestoneKind kind, LocalizedText title, LocalDate date, MilestoneStatus status) {
        Milestone milestone = new Milestone(this, kind, title, date, status);
        milestones.add(milestone);
        return milestone;
    }

    public void removeMilestone(long milestoneId) {
        milestones.removeIf(m -> m.getId() != null && m.getId() == milestoneId);
    }

    /** Includes a consultation in this process, once. */
    public void include(Consultation consultation) {
        Objects.requireNonNull(consultation);
        if (consultations.stream().noneMatch(c -> Objects.equals(c.getId(), consultation.getId()))) {
            consultations.add(consultation);
        }
    }

    public void exclude(long consultationId) {
        consultations.removeIf(c -> c.getId() != null && c.getId() == consultationId);
    }

    public Long getId() {
        return id;
    }

    public LocalizedText getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<Milestone> getMilestones() {
        return Collections.unmodifiableList(milestones);
    }

    public List<Consultation> getConsultations() {
        return Collections.unmodifiableList(consultations);
    }
}
