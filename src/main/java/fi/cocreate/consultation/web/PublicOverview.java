package fi.cocreate.consultation.web;

import fi.cocreate.consultation.boundary.PublicConsultations;
import fi.cocreate.consultation.boundary.PublicSummaries;
import fi.cocreate.consultation.boundary.ReportProcesses;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.ConsultationEvent;
import fi.cocreate.consultation.entity.ConsultationSummary;
import fi.cocreate.consultation.entity.ReportProcess;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The public consultation front page: what is open now, upcoming events, published summaries, report progress. */
@Named
@RequestScoped
public class PublicOverview {

    @Inject
    PublicConsultations consultations;

    @Inject
    PublicSummaries summaries;

    @Inject
    ReportProcesses processes;

    private List<Consultation> open;
    private List<ConsultationEvent> upcomingEvents;
    private List<ConsultationSummary> published;
    private List<ReportProcess> reportProcesses;

    @PostConstruct
    void load() {
        open = consultations.open();
        upcomingEvents = consultations.upcomingEvents();
        published = summaries.published();
        reportProcesses = processes.all();
    }

    public List<Consultation> getOpen() {
        return open;
    }

    public List<ConsultationEvent> getUpcomingEvents() {
        return upcomingEvents;
    }

    public List<ConsultationSummary> getPublished() {
        return published;
    }

    public List<ReportProcess> getReportProcesses() {
        return reportProcesses;
    }
}
