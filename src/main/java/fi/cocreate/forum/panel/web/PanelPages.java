package fi.cocreate.forum.panel.web;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.web.Notices;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** What the panel's pages do when a boundary refuses to show something: a 403 page with the reason. */
final class PanelPages {

    private static final Logger LOG = Logger.getLogger(PanelPages.class.getName());

    private PanelPages() {
    }

    /**
     * Answers the request with the app's error page and the refusal's message: 404 for something that does not exist
     * (a "*.notFound" key), 403 for everything else; the page is not rendered.
     */
    static void refuse(BusinessException e) {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        LOG.log(Level.FINE, "Refused {0}: {1}", new Object[] { external.getRequestServletPath(), e.getMessageKey() });
        try {
            int status = e.getMessageKey().endsWith(".notFound") ? 404 : 403;
            external.responseSendError(status, Notices.text(e.getMessageKey(), e.getArguments()));
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
        context.responseComplete();
    }

    /** A required numeric request parameter that is missing or not a number is treated as "not found". */
    static boolean missing(Long id) {
        if (id == null) {
            refuse(new BusinessException("panel.application.notFound"));
            return true;
        }
        return false;
    }
}
