package fi.cocreate.consultation.boundary.api;

import fi.cocreate.consultation.boundary.PublicConsultations;
import fi.cocreate.consultation.boundary.PublicSummaries;
import fi.cocreate.consultation.boundary.ReportProcesses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Consultations, events and report timelines as open data. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consultations", description = "Consultations, their events and report progress")
public class ConsultationsResource {

    @Inject
    PublicConsultations consultations;

    @Inject
    PublicSummaries summaries;

    @Inject
    ReportProcesses processes;

    @Inject
    Clock clock;

    @GET
    @Path("consultations")
    @Operation(summary = "All published consultations, the latest deadline first")
    public List<ConsultationJson> consultations() {
        Set<Long> withSummary = summaries.consultationsWithPublishedSummary();
        return consultations.all().stream()
                .map(c -> ConsultationJson.of(c, clock.instant(), withSummary.contains(c.getId())))
                .toList();
    }

    @GET
    @Path("consultations/{id}")
    @Operation(summary = "One consultation with its events")
    @APIResponse(responseCode = "404", description = "No such consultation")
    public ConsultationJson consultation(@PathParam("id") long id) {
        return consultations.all().stream()
                .filter(c -> c.getId() == id)
                .findFirst()
                .map(c -> ConsultationJson.of(
                        c,
                        clock.instant(),
                        summaries.consultationsWithPublishedSummary().contains(id)))
                .orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("events")
    @Operation(summary = "All events of all consultations, the latest first")
    public List<EventJson> events() {
        return consultations.allEvents().stream().map(EventJson::of).toList();
    }

    @GET
    @Path("events/upcoming")
    @Operation(summary = "Events that have not ended yet, the soonest first")
    public List<EventJson> upcomingEvents() {
        return consultations.upcomingEvents().stream().map(EventJson::of).toList();
    }

    @GET
    @Path("processes")
    @Operation(summary = "Report processes with their progress timelines")
    public List<TimelineJson> processes() {
        return processes.all().stream()
                .map(p -> TimelineJson.of(p, processes.timeline(p.getId())))
                .toList();
    }

    @GET
    @Path("processes/{id}")
    @Operation(summary = "One report process with its progress timeline")
    @APIResponse(responseCode = "404", description = "No such process")
    public TimelineJson process(@PathParam("id") long id) {
        return TimelineJson.of(processes.find(id), processes.timeline(id));
    }
}
