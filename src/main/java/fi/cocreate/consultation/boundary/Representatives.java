package fi.cocreate.consultation.boundary;

import fi.cocreate.common.AccessDenied;
import fi.cocreate.common.StepMissing;
import fi.cocreate.consultation.entity.Organisation;
import fi.cocreate.identity.boundary.Accounts;
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
 * {@link Caller}, or for older callers the account behind a principal's name), its role, and the organisation it
 * represents. Never a value from a form.
 */
@Stateless
public class Representatives {

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Caller caller;

    /** The enabled account of this principal; refuses an unknown or disabled one. */
    public Account account(String principal) {
        return accounts.findByEmail(principal)
                .filter(Account::isEnabled)
                .orElseThrow(() -> new AccessDenied("access.denied"));
    }

    /** The account of an organisation representative (ORG_REP). */
    public Account representative(String principal) {
        Account account = account(principal);
        if (!account.has(Role.ORG_REP)) {
            throw new AccessDenied("access.denied");
        }
        return account;
    }

    /** The calling organisation representative (ORG_REP), from the request's {@link Caller}; anyone else is refused. */
    public Account representative() {
        return caller.require(Role.ORG_REP);
    }

    /** The organisation the calling representative acts for; refused as {@link #requireOrganisation} refuses. */
    public Organisation myOrganisation() {
        return requireOrganisation(representative());
    }

    /** The account of a staff member (STAFF or ADMIN). */
    public Account staff(String principal) {
        Account account = account(principal);
        if (!account.has(Role.STAFF) && !account.has(Role.ADMIN)) {
            throw new AccessDenied("access.denied");
        }
        return account;
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
