package fi.cocreate.consultation.boundary.api;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.SupportedLanguage;
import fi.cocreate.consultation.boundary.PublicResponses;
import fi.cocreate.consultation.boundary.PublicSummaries;
import fi.cocreate.consultation.boundary.SummaryPdfDownload;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
    PublicResponses responses;

    @Inject
    SummaryPdfDownload downloads;

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

    /** The page size when none is asked for. */
    public static final int DEFAULT_SIZE = 100;

    /** The largest page one request may ask for. */
    public static final int MAX_SIZE = 500;

    /** The header with the number of public responses on all pages. */
    public static final String TOTAL_COUNT = "X-Total-Count";

    @GET
    @Path("consultations/{consultationId}/responses")
    @Operation(
            summary = "The public responses of a consultation, a page at a time",
            description = "Ordered by the organisation's name (an event output by its event's title), then by id. The"
                    + " header X-Total-Count gives the number of public responses on all pages; while there is a next"
                    + " page, the header Link (RFC 8288) gives its address with rel=\"next\".")
    @APIResponse(
            responseCode = "200",
            description = "One page of public responses",
            headers = {
                @Header(
                        name = TOTAL_COUNT,
                        description = "The number of public responses of the consultation, on all pages",
                        schema = @Schema(type = SchemaType.INTEGER)),
                @Header(
                        name = "Link",
                        description = "<address of the next page>; rel=\"next\" (RFC 8288), only when there is one",
                        schema = @Schema(type = SchemaType.STRING))
            },
            content = @Content(schema = @Schema(implementation = ResponseJson.class, type = SchemaType.ARRAY)))
    @APIResponse(
            responseCode = "400",
            description = "page is not a whole number from 0, or size not one from 1 to " + MAX_SIZE)
    public Response responses(
            @PathParam("consultationId") long consultationId,
            @Parameter(description = LANG) @QueryParam("lang") @DefaultValue("fi") String lang,
            @Parameter(
                            description = "The page, from 0",
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
                    @QueryParam("page")
                    String page,
            @Parameter(
                            description = "Responses per page, at most " + MAX_SIZE,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "" + MAX_SIZE,
                                            defaultValue = "" + DEFAULT_SIZE))
                    @QueryParam("size")
                    String size,
            @Context UriInfo uri) {
        int pageNumber = number(page, 0, 0, Integer.MAX_VALUE, "api.pageInvalid", "page");
        int pageSize = number(size, DEFAULT_SIZE, 1, MAX_SIZE, "api.sizeInvalid", "size");
        String mark = removedMark(lang);
        PublicResponses.ResponsePage found = responses.responses(consultationId, pageNumber, pageSize);
        List<ResponseJson> body =
                found.responses().stream().map(r -> ResponseJson.of(r, mark)).toList();
        Response.ResponseBuilder answer = Response.ok(body).header(TOTAL_COUNT, found.total());
        if (((long) pageNumber + 1) * pageSize < found.total()) {
            URI next = uri.getRequestUriBuilder()
                    .replaceQueryParam("page", pageNumber + 1)
                    .replaceQueryParam("size", pageSize)
                    .build();
            // A reference relative to the host, so that it holds behind the proxy that serves the public address.
            answer.header("Link", "<" + next.getRawPath() + "?" + next.getRawQuery() + ">; rel=\"next\"");
        }
        return answer.build();
    }

    /** A whole number from a query parameter, {@code absent} when not given; refused (400) outside min..max. */
    static int number(String given, int absent, int min, int max, String key, String parameter) {
        if (given == null || given.isBlank()) {
            return absent;
        }
        try {
            int value = Integer.parseInt(given.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new BusinessException(key, MAX_SIZE).about(parameter);
    }

    @GET
    @Path("responses/{id}")
    @Operation(summary = "One public response")
    @APIResponse(responseCode = "404", description = "No such public response")
    public ResponseJson response(
            @PathParam("id") long id,
            @Parameter(description = LANG) @QueryParam("lang") @DefaultValue("fi") String lang) {
        String mark = removedMark(lang);
        return responses.response(id).map(r -> ResponseJson.of(r, mark)).orElseThrow(NotFoundException::new);
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
