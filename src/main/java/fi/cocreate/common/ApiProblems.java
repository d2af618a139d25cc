package fi.cocreate.common;

import jakarta.json.Json;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Errors of the JSON API answer JSON, never the HTML error page: RFC 9457 problem details
 * ({@code application/problem+json}) with the status, its reason and the path that was asked for. Covers unknown
 * paths under {@code /api} and resources that throw {@code NotFoundException} alike.
 */
@Provider
public class ApiProblems implements ExceptionMapper<WebApplicationException> {

    public static final String PROBLEM_JSON = "application/problem+json";

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "Error" : type.getReasonPhrase();
        String body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status)
                .add("instance", uri == null ? "" : "/api/" + uri.getPath().replaceFirst("^/", ""))
                .build().toString();
        return Response.status(status).type(PROBLEM_JSON).entity(body).build();
    }
}
