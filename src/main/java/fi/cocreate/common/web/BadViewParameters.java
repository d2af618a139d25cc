package fi.cocreate.common.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A page opened with a parameter that does not convert ({@code view.xhtml?id=abc}) names no page: answer 404 with the
 * app's own error page instead of rendering the page with nothing loaded, which ended in a 500 and an NPE in the log.
 * Registered in faces-config.xml; applies to initial requests only (a postback's own inputs get field messages).
 */
public class BadViewParameters implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (context.isPostback() || !context.isValidationFailed() || context.getResponseComplete()) {
            return;
        }
        UIViewRoot view = context.getViewRoot();
        boolean badParameter = view != null
                && ViewMetadata.getViewParameters(view).stream().anyMatch(parameter -> !parameter.isValid());
        if (badParameter) {
            try {
                context.getExternalContext().responseSendError(404, Notices.text("input.badParameter"));
                context.responseComplete();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
