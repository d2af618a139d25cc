package fi.cocreate.common.web;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.DatabaseOutage;
import fi.cocreate.common.Found;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A post whose view state belongs to another page is treated as an expired page, not as a server error. Mojarra's
 * server-side state is looked up by the posted state id alone and then applied, component by client id, to the tree
 * built for the URL that was posted to; a state of another view (a forged or misdirected post, or a form posted to a
 * URL that renders another page) fails there with a {@code NullPointerException}, {@code ClassCastException} or
 * {@code ArrayIndexOutOfBoundsException} from {@code restoreState}. The form cannot be trusted either way, so the
 * person gets the expired page with what they typed ({@link FacesErrors}), as for a view state that is missing or
 * forged.
 */
public class ViewStateOfAnotherView extends ViewHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(ViewStateOfAnotherView.class.getName());

    public ViewStateOfAnotherView(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot restoreView(FacesContext context, String viewId) {
        // A post to a page that does not exist is answered as a GET of it would be: 404, not an expired page.
        if (context.isPostback()) {
            Found.found(context.getApplication().getResourceHandler().createViewResource(context, viewId), "notFound");
        }
        try {
            return getWrapped().restoreView(context, viewId);
        } catch (ViewExpiredException e) {
            throw e;
        } catch (RuntimeException e) {
            if (!context.isPostback() || !stateMismatch(e)) {
                throw e;
            }
            LOG.log(
                    Level.INFO,
                    "A post to " + viewId + " carried a view state that does not fit the page; shown as expired: " + e);
            throw new ViewExpiredException("The posted view state is not one of " + viewId, e, viewId);
        }
    }

    /**
     * Whether a failed restore is the state not fitting the tree: what {@code restoreState} throws then, with no
     * refusal of the app's and no database outage on the way (those keep their own handling).
     */
    static boolean stateMismatch(Throwable thrown) {
        if (DatabaseOutage.causedBy(thrown)) {
            return false;
        }
        boolean mismatch = false;
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BusinessException) {
                return false;
            }
            mismatch |= t instanceof IndexOutOfBoundsException
                    || t instanceof NullPointerException
                    || t instanceof ClassCastException;
        }
        return mismatch;
    }
}
