package fi.cocreate.consultation.web;

import fi.cocreate.common.web.Notices;
import fi.cocreate.consultation.boundary.Organisations;
import fi.cocreate.consultation.entity.Organisation;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Staff verify organisations, after which their responses count as the organisation's. */
@Named
@ViewScoped
public class OrganisationVerification implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Organisations organisations;

    private List<Organisation> all;

    @PostConstruct
    void load() {
        all = organisations.all();
    }

    public String verify(long organisationId) {
        Organisation organisation = organisations.verify(organisationId, shownVersion(organisationId));
        Notices.info("organisation.verified", organisation.getName());
        return "/consultation/staff/organisations.xhtml?faces-redirect=true";
    }

    public String withdraw(long organisationId) {
        Organisation organisation = organisations.withdrawVerification(organisationId, shownVersion(organisationId));
        Notices.info("organisation.unverified", organisation.getName());
        return "/consultation/staff/organisations.xhtml?faces-redirect=true";
    }

    /** The organisation's version as this page showed it (the list is kept for the view), so a stale press is refused. */
    private Long shownVersion(long organisationId) {
        return all.stream()
                .filter(o -> o.getId() == organisationId)
                .map(Organisation::getVersion)
                .findFirst()
                .orElse(null);
    }

    public List<Organisation> getAll() {
        return all;
    }
}
