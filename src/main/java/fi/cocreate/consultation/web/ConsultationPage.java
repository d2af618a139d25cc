package fi.cocreate.consultation.web;

import fi.cocreate.consultation.boundary.Consultations;
import fi.cocreate.consultation.entity.Consultation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Clock;

/** One consultation's public page: what it is about, its events and its feedback window. */
@Named
@RequestScoped
public class ConsultationPage {

    @Inject
    Consultations consultations;

    @Inject
    Clock clock;

    @Inject
    fi.cocreate.consultation.boundary.PublicSummaries summaries;

    @Inject
    fi.cocreate.consultation.boundary.ReportProcesses processes;

    private boolean summaryPublished;
    private fi.cocreate.consultation.entity.ReportProcess process;

    private Long id;
    private Consultation consultation;

    public void load() throws IOException {
        consultation = consultations.find(id == null ? -1 : id);
        summaryPublished = summaries.consultationsWithPublishedSummary().contains(consultation.getId());
        process = processes.ofConsultation(consultation.getId()).orElse(null);
    }

    public boolean isOpen() {
        return consultation.acceptsFeedbackAt(clock.instant());
    }

    /** Before the feedback window opens (the page then says when it opens, not that it has closed). */
    public boolean isNotYetOpen() {
        return clock.instant().isBefore(consultation.getOpensAt());
    }

    /** The target groups in their declared order, so the list reads the same on every visit. */
    public java.util.List<fi.cocreate.consultation.entity.TargetGroup> getTargetGroups() {
        return consultation.getTargetGroups().stream().sorted().toList();
    }

    public boolean isSummaryPublished() {
        return summaryPublished;
    }

    /** The report process this consultation is part of, or null. */
    public fi.cocreate.consultation.entity.ReportProcess getProcess() {
        return process;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Consultation getConsultation() {
        return consultation;
    }
}
