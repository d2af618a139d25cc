package fi.cocreate.consultation.web;

import fi.cocreate.common.web.Notices;
import fi.cocreate.consultation.boundary.Organisations;
import fi.cocreate.consultation.entity.Organisation;
import fi.cocreate.identity.web.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Staff verify organisations, after which their responses count as the organisation's. */
@Named
@RequestScoped
public class OrganisationVerification {

    @Inject
    Organisations organisations;

    @Inject
    CurrentUser currentUser;

    private List<Organisation> all;

    @PostConstruct
    void load() {
        all = organisations.all(currentUser.getEmail());
    }

    public String verify(long organisationId) {
        Organisation organisation = organisations.verify(currentUser.getEmail(), organisationId);
        Notices.info("organisation.verified", organisation.getName());
        return "/consultation/staff/organisations.xhtml?faces-redirect=true";
    }

    public String withdraw(long organisationId) {
        Organisation organisation = organisations.withdrawVerification(currentUser.getEmail(), organisationId);
        Notices.info("organisation.unverified", organisation.getName());
        return "/consultation/staff/organisations.xhtml?faces-redirect=true";
    }

    public List<Organisation> getAll() {
        return all;
    }
}
