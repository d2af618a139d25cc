package fi.cocreate.common;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one error path of the JSON API: errors answer JSON, never the HTML error page, as RFC 9457 problem details
 * ({@code application/problem+json}) with the status, its reason and the path that was asked for. Resources do not
 * catch domain exceptions: {@link NotFound} answers 404, {@link AccessDenied} 403, any other
 * {@link BusinessException} 400 (its message key as {@code code}, its English message as {@code detail} when the
 * {@code messages} bundle has it, the query parameter it is about as {@code parameter}); JAX-RS' own exceptions keep their status (unknown
 * paths under {@code /api} and resources that throw {@code NotFoundException} alike); anything else is logged and
 * answers 500 without details.
 */
@Provider
public class ApiProblems implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(ApiProblems.class.getName());

    public static final String PROBLEM_JSON = "application/problem+json";

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(RuntimeException exception) {
        BusinessException refused = businessCause(exception);
        int status;
        if (exception instanceof WebApplicationException web) {
            status = web.getResponse().getStatus();
        } else if (refused instanceof NotFound) {
            status = 404;
        } else if (refused instanceof AccessDenied) {
            status = 403;
        } else if (refused != null) {
            status = 400;
        } else {
            status = 500;
            LOG.log(Level.SEVERE, "The API failed at " + path(), exception);
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", type == null ? "Error" : type.getReasonPhrase())
                .add("status", status)
                .add("instance", path());
        if (refused != null && status == 400) {
            body.add("code", refused.getMessageKey());
            detail(refused).ifPresent(d -> body.add("detail", d));
            refused.field().ifPresent(f -> body.add("parameter", f));
        }
        return Response.status(status)
                .type(PROBLEM_JSON)
                .entity(body.build().toString())
                .build();
    }

    /** The refusal's message in English, if the general messages bundle has its key (the API's own refusals). */
    static java.util.Optional<String> detail(BusinessException refused) {
        try {
            String pattern = java.util.ResourceBundle.getBundle(
                            "i18n.messages", java.util.Locale.ENGLISH, ApiProblems.class.getClassLoader())
                    .getString(refused.getMessageKey());
            return java.util.Optional.of(
                    new java.text.MessageFormat(pattern, java.util.Locale.ENGLISH).format(refused.getArguments()));
        } catch (java.util.MissingResourceException e) {
            return java.util.Optional.empty();
        }
    }

    private String path() {
        return uri == null ? "" : "/api/" + uri.getPath().replaceFirst("^/", "");
    }

    /** The business refusal behind the exception, however an EJB or CDI call wrapped it; null if there is none. */
    static BusinessException businessCause(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BusinessException e) {
                return e;
            }
        }
        return null;
    }
}
