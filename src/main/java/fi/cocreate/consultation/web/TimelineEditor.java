package fi.cocreate.consultation.web;

import fi.cocreate.common.LocalizedText;
import fi.cocreate.common.web.LocalizedInput;
import fi.cocreate.common.web.Notices;
import fi.cocreate.consultation.boundary.ReportProcesses;
import fi.cocreate.consultation.boundary.Summaries;
import fi.cocreate.consultation.entity.Milestone;
import fi.cocreate.consultation.entity.MilestoneKind;
import fi.cocreate.consultation.entity.MilestoneStatus;
import fi.cocreate.consultation.entity.ReportProcess;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Staff keep a report process's milestones and choose which consultations belong to it. */
@Named
@ViewScoped
public class TimelineEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportProcesses processes;

    @Inject
    Summaries summaries;

    private Long id;
    private transient ReportProcess process;
    private List<Choice> consultations = List.of();
    private MilestoneKind kind = MilestoneKind.WORKSHOP;
    private MilestoneStatus status = MilestoneStatus.PLANNED;
    private LocalDate date;
    private final LocalizedInput title = new LocalizedInput();
    private Long consultationId;

    public void load() throws IOException {
        refresh();
    }

    private void refresh() {
        process = processes.find(id == null ? -1 : id);
        consultations = summaries.consultations().stream()
                .map(c -> new Choice(c.getId(), c.getTitle()))
                .toList();
    }

    public void addMilestone() {
        try {
            if (date == null) {
                Notices.errorAt("milestone:date", "process.dateRequired");
                return;
            }
            processes.addMilestone(
                    id, kind, new LocalizedText(title.getFi(), title.getSv(), title.getEn()), date, status);
            title.fill(null);
            Notices.info("process.milestoneAdded");
        } catch (IllegalArgumentException e) {
            Notices.errorAt("milestone:titleFi", "process.titleRequired");
        }
        refresh();
    }

    /** Moves a milestone to the given status, keeping the rest of it. */
    public void mark(Milestone milestone, MilestoneStatus newStatus) {
        processes.changeMilestone(
                id, milestone.getId(), milestone.getKind(), milestone.getTitle(), milestone.getDate(), newStatus);
        refresh();
    }

    public void removeMilestone(long milestoneId) {
        processes.removeMilestone(id, milestoneId);
        refresh();
    }

    public void include() {
        if (consultationId != null) {
            processes.include(id, consultationId);
        }
        refresh();
    }

    public void exclude(long excluded) {
        processes.exclude(id, excluded);
        refresh();
    }

    /** The consultations staff may include, read with the process; kept with the view for the select's postback. */
    public List<Choice> getConsultations() {
        return consultations;
    }

    /** A consultation in the select: its id and title. */
    public record Choice(Long id, LocalizedText title) implements Serializable {}

    public ReportProcess getProcess() {
        if (process == null && id != null) {
            refresh();
        }
        return process;
    }

    public MilestoneKind[] getKinds() {
        return MilestoneKind.values();
    }

    public MilestoneStatus[] getStatuses() {
        return MilestoneStatus.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MilestoneKind getKind() {
        return kind;
    }

    public void setKind(MilestoneKind kind) {
        this.kind = kind;
    }

    public MilestoneStatus getStatus() {
        return status;
    }

    public void setStatus(MilestoneStatus status) {
        this.status = status;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    /** The new milestone's title as typed in fi/sv/en. */
    public LocalizedInput getTitle() {
        return title;
    }

    public Long getConsultationId() {
        return consultationId;
    }

    public void setConsultationId(Long consultationId) {
        this.consultationId = consultationId;
    }
}
