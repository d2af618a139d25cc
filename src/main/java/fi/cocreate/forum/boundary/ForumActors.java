package fi.cocreate.forum.boundary;

import fi.cocreate.common.AccessDenied;
import fi.cocreate.identity.entity.Account;
import fi.cocreate.identity.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;

/** Who is acting in the forum: the account behind a login, checked for one of the roles a use case allows. */
@Stateless
public class ForumActors {

    @PersistenceContext
    EntityManager em;

    /** The acting account, if it exists, may log in and has one of the roles; otherwise access is refused. */
    public Account require(String email, Role... roles) {
        Account account = email == null || email.isBlank() ? null
                : em.createNamedQuery(Account.BY_EMAIL, Account.class)
                        .setParameter("email", Account.normaliseEmail(email)).getResultStream().findFirst()
                        .orElse(null);
        if (account == null || !account.canLogIn() || Arrays.stream(roles).noneMatch(account::has)) {
            throw new AccessDenied("forum.access.denied");
        }
        return account;
    }
}
