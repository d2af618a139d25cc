package fi.cocreate.consultation.web;

import fi.cocreate.common.LocalizedText;
import fi.cocreate.common.web.LocalizedInput;
import fi.cocreate.common.web.Notices;
import fi.cocreate.consultation.boundary.ReportProcesses;
import fi.cocreate.consultation.boundary.Summaries;
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
    private LocalizedText name;
    private List<Step> milestones = List.of();
    private List<Choice> included = List.of();
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
        ReportProcess process = processes.find(id == null ? -1 : id);
        name = process.getName();
        milestones = process.getMilestones().stream()
                .map(m -> new Step(m.getId(), m.getKind(), m.getTitle(), m.getDate(), m.getStatus()))
                .toList();
        included = process.getConsultations().stream()
                .map(c -> new Choice(c.getId(), c.getTitle()))
                .toList();
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
    public void mark(Step milestone, MilestoneStatus newStatus) {
        processes.changeMilestone(id, milestone.id(), milestone.kind(), milestone.title(), milestone.date(), newStatus);
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

    /** A milestone as the page shows it, read with the process. */
    public record Step(long id, MilestoneKind kind, LocalizedText title, LocalDate date, MilestoneStatus status)
            implements Serializable {}

    /** The process's name, read with it. */
    public LocalizedText getName() {
        return name;
    }

    /** The process's milestones by date. */
    public List<Step> getMilestones() {
        return milestones;
    }

    /** The consultations on the process's timeline. */
    public List<Choice> getIncluded() {
        return included;
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
