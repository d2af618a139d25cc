package fi.cocreate.consultation.web;

import fi.cocreate.common.web.Notices;
import fi.cocreate.consultation.boundary.Organisations;
import fi.cocreate.identity.web.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The representatives of the caller's organisation on its home page, approvers first; an approver makes a drafter an
 * approver or takes the right away. The boundary checks again that the caller is an approver of the same organisation.
 */
@Named
@RequestScoped
public class OrganisationApprovers {

    @Inject
    Organisations organisations;

    @Inject
    CurrentUser currentUser;

    private List<Organisations.Colleague> colleagues = List.of();
    private boolean approver;

    @PostConstruct
    void load() {
        if (organisations.mine().isPresent()) {
            colleagues = organisations.colleagues();
            approver = colleagues.stream()
                    .anyMatch(c -> c.approver() && c.email().equalsIgnoreCase(currentUser.getEmail()));
        }
    }

    public String grant(long accountId, String name) {
        organisations.grantApproval(accountId);
        Notices.info("org.people.granted", name);
        return "/consultation/org/index.xhtml?faces-redirect=true";
    }

    public String revoke(long accountId, String name) {
        organisations.revokeApproval(accountId);
        Notices.info("org.people.revoked", name);
        return "/consultation/org/index.xhtml?faces-redirect=true";
    }

    public List<Organisations.Colleague> getColleagues() {
        return colleagues;
    }

    /** Whether the caller manages the approvers (is one). */
    public boolean isApprover() {
        return approver;
    }
}
