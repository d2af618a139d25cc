package fi.cocreate.consultation.boundary.api;

import fi.cocreate.common.SupportedLanguage;
import fi.cocreate.consultation.boundary.PublicSummaries;
import fi.cocreate.consultation.boundary.SummaryDownloads;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Published summaries and the public responses they cite. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Summaries", description = "Published summaries of consultations and the public responses they cite")
public class SummariesResource {

    private static final String LANG = "fi, sv or en: the language of the mark where staff removed text";

    @Inject
    PublicSummaries summaries;

    @Inject
    SummaryDownloads downloads;

    @GET
    @Path("summaries")
    @Operation(summary = "All published summaries, the latest first")
    public List<SummaryJson> summaries(
            @Parameter(description = LANG) @QueryParam("lang") @DefaultValue("fi") String lang) {
        String mark = removedMark(lang);
        return summaries.published().stream()
                .map(s -> summaries.of(s.getConsultation().getId()))
                .flatMap(java.util.Optional::stream)
                .map(s -> SummaryJson.of(s, mark))
                .toList();
    }

    @GET
    @Path("summaries/{consultationId}")
    @Operation(summary = "The published summary of one consultation")
    @APIResponse(responseCode = "404", description = "No published summary")
    public SummaryJson summary(
            @PathParam("consultationId") long consultationId,
            @Parameter(description = LANG) @QueryParam("lang") @DefaultValue("fi") String lang) {
        String mark = removedMark(lang);
        return summaries.of(consultationId).map(s -> SummaryJson.of(s, mark)).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("summaries/{consultationId}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The published summary as a PDF")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "404", description = "No published summary")
    public Response pdf(
            @PathParam("consultationId") long consultationId,
            @Parameter(description = "fi, sv or en") @QueryParam("lang") @DefaultValue("fi") String lang) {
        byte[] pdf = downloads
                .pdf(consultationId, SupportedLanguage.locale(SupportedLanguage.orDefault(lang)))
                .orElseThrow(NotFoundException::new);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"summary-" + consultationId + ".pdf\"")
                .build();
    }

    @GET
    @Path("consultations/{consultationId}/responses")
    @Operation(summary = "The public responses of a consultation")
    public List<ResponseJson> responses(
            @PathParam("consultationId") long consultationId,
            @Parameter(description = LANG) @QueryParam("lang") @DefaultValue("fi") String lang) {
        String mark = removedMark(lang);
        return summaries.responses(consultationId).stream()
                .map(r -> ResponseJson.of(r, mark))
                .toList();
    }

    @GET
    @Path("responses/{id}")
    @Operation(summary = "One public response")
    @APIResponse(responseCode = "404", description = "No such public response")
    public ResponseJson response(
            @PathParam("id") long id,
            @Parameter(description = LANG) @QueryParam("lang") @DefaultValue("fi") String lang) {
        String mark = removedMark(lang);
        return summaries.response(id).map(r -> ResponseJson.of(r, mark)).orElseThrow(NotFoundException::new);
    }

    /** The mark that stands where staff removed something from a text, in the requested language. */
    static String removedMark(String lang) {
        return java.util.ResourceBundle.getBundle(
                        "i18n.consultation",
                        SupportedLanguage.locale(SupportedLanguage.orDefault(lang)),
                        SummariesResource.class.getClassLoader())
                .getString("redaction.removed");
    }
}
