package fi.cocreate.common.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspException;

/**
 * Checks a postback's CSP nonce right after its view is restored, before any value is applied or action run.
 * PrimeFaces checks it only when the response first asks for the nonce, while rendering: a post with a missing or
 * forged nonce had already saved by then, and in an AJAX request the response was committed, so the refusal could
 * not be shown at all. Thrown here, {@link FacesErrors} shows the expired page instead.
 */
public class NonceFirst implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!context.isPostback() || context.getViewRoot() == null || context.getResponseComplete()) {
            return;
        }
        if (!context.getViewRoot().isTransient()) {
            PrimeFacesContext.getCspState(context).getNonce();
        } else if (!posted(context)) {
            // A stateless page keeps no nonce to compare with, and PrimeFaces takes the posted one; without one it
            // failed only while rendering the answer, half written.
            throw new CspException("Missing CSP nonce");
        }
    }

    /** Whether the post carries a nonce at all (every form of the app writes one: {@link NonceInEveryForm}). */
    static boolean posted(FacesContext context) {
        String nonce = context.getExternalContext().getRequestParameterMap().get(NonceInEveryForm.FIELD);
        return nonce != null && !nonce.isBlank();
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // Nothing before the view is restored: the nonce it keeps is not known yet.
    }
}
