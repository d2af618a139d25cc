package fi.cocreate.common.web;

import fi.cocreate.common.AccessDenied;
import fi.cocreate.common.BusinessException;
import fi.cocreate.common.DatabaseOutage;
import fi.cocreate.common.NotFound;
import fi.cocreate.common.StepMissing;
import fi.cocreate.common.TypedText;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one error path of the Faces pages. Backing beans do not catch domain exceptions; this handler turns them into
 * what the person should see:
 * <ul>
 * <li>{@link NotFound}: the app's 404 page;</li>
 * <li>{@link StepMissing} on a page that opens: that step's page, with the message (on a post, as below);</li>
 * <li>{@link AccessDenied}: the login page for an anonymous visitor, else the app's 403 page;</li>
 * <li>any other {@link BusinessException}: its message in the user's language (beside the field it names, if any)
 * on the same page, which renders again with everything the person typed;</li>
 * <li>a lost race on a record ({@link OptimisticLockException}): a message that someone else saved it first, typed
 * text kept;</li>
 * <li>a database that cannot be reached ({@link DatabaseOutage}): on a post, a message to try again in a moment on the
 * same page, typed text kept; on a page that could not load, the 503 page that says the same.</li>
 * </ul>
 * In AJAX requests the same happens, the pages through OmniFaces' {@code FullAjaxExceptionHandler} (wrapped by this
 * one) and the error pages mapped by exception type in web.xml. Everything else goes on to the wrapped handler and
 * the 500 page.
 */
public class FacesErrors extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(FacesErrors.class.getName());

    static final String EXPIRED_PAGE = "/error/expired.xhtml";

    /** The request attribute with the texts of a form whose page had expired, shown back on the expired page. */
    public static final String TYPED_TEXT = TypedText.ATTRIBUTE;

    public FacesErrors(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events =
                getUnhandledExceptionQueuedEvents().iterator();
        while (context != null && events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            if (handled(context, thrown)) {
                events.remove();
            }
        }
        getWrapped().handle();
    }

    private boolean handled(FacesContext context, Throwable thrown) {
        boolean ajax = context.getPartialViewContext().isAjaxRequest();
        // A post without any nonce (from a client that did not send the form's fields): no page can render in
        // answer to it, since PrimeFaces asks each for the post's nonce, so the expired page is sent by a redirect.
        if (cause(thrown, org.primefaces.csp.CspException.class).isPresent() && !NonceFirst.posted(context)) {
            return redirectToExpiredPage(context);
        }
        // A post without (or with a forged) view state or CSP nonce is treated alike: the form cannot be trusted, and
        // what the person typed is shown back.
        if (!ajax
                && (cause(thrown, ViewExpiredException.class).isPresent()
                        || cause(thrown, org.primefaces.csp.CspException.class).isPresent())) {
            return showExpiredPage(context);
        }
        // In AJAX an expired view goes to the same page through OmniFaces (web.xml maps it); a refused nonce is sent
        // there with a partial-response redirect, not the 500 page.
        if (ajax && cause(thrown, org.primefaces.csp.CspException.class).isPresent()) {
            return redirectToExpiredPage(context);
        }
        Optional<NotFound> notFound = cause(thrown, NotFound.class);
        if (notFound.isPresent()) {
            return !ajax && sendError(context, 404);
        }
        Optional<AccessDenied> denied = cause(thrown, AccessDenied.class);
        if (denied.isPresent()) {
            if (ajax) {
                return false;
            }
            return context.getExternalContext().getUserPrincipal() == null
                    ? sendToLogin(context)
                    : sendError(context, 403);
        }
        Optional<StepMissing> missing = cause(thrown, StepMissing.class);
        if (missing.isPresent() && !context.isPostback() && !ajax) {
            return sendToStep(context, missing.get());
        }
        Optional<BusinessException> refused = cause(thrown, BusinessException.class);
        if (refused.isPresent()) {
            BusinessException e = refused.get();
            return showOnPage(
                    context,
                    e.field()
                            .flatMap(field -> FieldMessages.clientIdOf(context, field))
                            .orElse(null),
                    e.getMessageKey(),
                    e.getArguments());
        }
        if (cause(thrown, OptimisticLockException.class).isPresent()
                || cause(thrown, PessimisticLockException.class).isPresent()) {
            return showOnPage(context, null, "save.conflict");
        }
        if (DatabaseOutage.causedBy(thrown)) {
            LOG.log(Level.WARNING, "The database could not be reached; the person is asked to try again", thrown);
            // A post renders its page again with the message and the typed text; a page that could not even load
            // gets the "try again in a moment" page (503), not the error page.
            return context.isPostback()
                    ? showOnPage(context, null, "save.unavailable")
                    : !ajax && sendError(context, 503);
        }
        return false;
    }

    /**
     * The message on the page being posted (or viewed), which renders again; beside the input with that client id, or
     * at the top without one. Not possible once rendering began.
     */
    private static boolean showOnPage(FacesContext context, String clientId, String key, Object... arguments) {
        if (context.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE) {
            return false;
        }
        String upload = clientId == null ? uploadSource(context) : null;
        // At the field the refusal names, else beside the upload the post carried (where the upload's own checks'
        // messages are), else at the top of the page.
        Notices.errorAt(clientId != null ? clientId : upload, key, arguments);
        context.getExternalContext().getFlash().setKeepMessages(false);
        context.validationFailed();
        context.renderResponse();
        return true;
    }

    /** The client id of the file upload that sent this AJAX request, or null for any other request. */
    private static String uploadSource(FacesContext context) {
        if (!context.getPartialViewContext().isAjaxRequest() || context.getViewRoot() == null) {
            return null;
        }
        String source = context.getExternalContext().getRequestParameterMap().get("jakarta.faces.source");
        if (source == null) {
            return null;
        }
        try {
            jakarta.faces.component.UIComponent component =
                    context.getViewRoot().findComponent(":" + source);
            return component instanceof org.primefaces.component.fileupload.FileUpload ? source : null;
        } catch (IllegalArgumentException notAComponentPath) {
            return null; // a forged source: the message goes to the top of the page
        }
    }

    /**
     * The expired page instead of the 500 page (web.xml's {@code Throwable} mapping matches the wrapping
     * {@code ServletException} before the container would look at its cause), showing back any text the person had
     * typed in the lost form, so nothing they wrote is lost.
     */
    private static boolean showExpiredPage(FacesContext context) {
        ExternalContext external = context.getExternalContext();
        if (external.isResponseCommitted()) {
            return false;
        }
        external.getRequestMap().put(TYPED_TEXT, TypedText.from(external.getRequestParameterValuesMap()));
        external.setResponseStatus(400);
        context.setViewRoot(context.getApplication().getViewHandler().createView(context, EXPIRED_PAGE));
        context.renderResponse();
        return true;
    }

    private static boolean redirectToExpiredPage(FacesContext context) {
        ExternalContext external = context.getExternalContext();
        if (external.isResponseCommitted()) {
            return false;
        }
        try {
            external.redirect(external.getRequestContextPath() + EXPIRED_PAGE);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not send to the expired page", e);
            return false;
        }
        context.responseComplete();
        return true;
    }

    /** A page that needs a step not yet taken: that step's page, with the message shown there. */
    private static boolean sendToStep(FacesContext context, StepMissing missing) {
        ExternalContext external = context.getExternalContext();
        if (external.isResponseCommitted()) {
            return false;
        }
        Notices.error(missing.getMessageKey(), missing.getArguments());
        external.getFlash().setKeepMessages(true);
        try {
            external.redirect(external.getRequestContextPath() + missing.page());
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not send to the missing step's page", e);
            return false;
        }
        context.responseComplete();
        return true;
    }

    private static boolean sendError(FacesContext context, int status) {
        ExternalContext external = context.getExternalContext();
        if (external.isResponseCommitted()) {
            return false;
        }
        try {
            external.responseReset();
            external.responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
        return true;
    }

    private static boolean sendToLogin(FacesContext context) {
        ExternalContext external = context.getExternalContext();
        if (external.isResponseCommitted()) {
            return false;
        }
        String path = external.getRequestServletPath()
                + (external.getRequestPathInfo() == null ? "" : external.getRequestPathInfo());
        String query = ((jakarta.servlet.http.HttpServletRequest) external.getRequest()).getQueryString();
        String next = "GET".equals(((jakarta.servlet.http.HttpServletRequest) external.getRequest()).getMethod())
                ? path + (query == null ? "" : "?" + query)
                : "/";
        try {
            external.redirect(external.getRequestContextPath() + "/login.xhtml?next="
                    + URLEncoder.encode(next, StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not send to the login page", e);
            return sendError(context, 403);
        }
        context.responseComplete();
        return true;
    }

    /** The first throwable of the given type in the chain of causes, however deeply EL, EJB or JTA wrapped it. */
    static <T extends Throwable> Optional<T> cause(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
