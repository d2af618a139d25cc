package fi.cocreate.consultation.boundary;

import fi.cocreate.common.StepMissing;
import fi.cocreate.consultation.entity.Organisation;
import fi.cocreate.identity.boundary.Caller;
import fi.cocreate.identity.entity.Account;
import fi.cocreate.identity.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Who is acting, checked against the database on every boundary call: the calling account (the request's
 * {@link Caller}), its role, and the organisation it
 * represents. Never a value from a form.
 */
@Stateless
public class Representatives {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    /** The calling organisation representative (ORG_REP), from the request's {@link Caller}; anyone else is refused. */
    public Account representative() {
        return caller.require(Role.ORG_REP);
    }

    /** The organisation the calling representative acts for; refused as {@link #requireOrganisation} refuses. */
    public Organisation myOrganisation() {
        return requireOrganisation(representative());
    }

    /** The calling staff member (STAFF or ADMIN), from the request's {@link Caller}; anyone else is refused. */
    public Account staff() {
        return caller.requireStaff();
    }

    public Optional<Organisation> organisationOf(Account account) {
        return em.createNamedQuery(Organisation.OF_REPRESENTATIVE, Organisation.class)
                .setParameter("accountId", account.getId())
                .getResultStream()
                .findFirst();
    }

    /**
     * The organisation the representative acts for; refuses one who has not registered or joined one yet, naming the
     * organisation page where they do.
     */
    public Organisation requireOrganisation(Account account) {
        return organisationOf(account)
                .orElseThrow(() -> new StepMissing("organisation.none", "/consultation/org/index.xhtml"));
    }
}
