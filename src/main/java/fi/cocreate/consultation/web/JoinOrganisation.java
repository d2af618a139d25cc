package fi.cocreate.consultation.web;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.web.Notices;
import fi.cocreate.consultation.boundary.Organisations;
import fi.cocreate.consultation.entity.Organisation;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The page an invitation link opens: shows which organisation it is for and lets the colleague join it. */
@Named
@ViewScoped
public class JoinOrganisation implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Organisations organisations;

    private String token;
    private Organisation organisation;
    private String problem;

    public void load() {
        try {
            organisation = organisations.invitedTo(token);
        } catch (BusinessException e) {
            // kept: an invalid invitation is the page's content (shown instead of the accept button), not a message
            problem = e.getMessageKey();
        }
    }

    public String join() {
        Organisation joined = organisations.accept(token);
        Notices.info("invitation.joined", joined.getName());
        return "/consultation/org/index.xhtml?faces-redirect=true";
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getProblem() {
        return problem;
    }
}
