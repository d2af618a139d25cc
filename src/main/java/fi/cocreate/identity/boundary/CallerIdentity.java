package fi.cocreate.identity.boundary;

import fi.cocreate.common.AccessDenied;
import fi.cocreate.identity.entity.Role;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;

/** The caller's email and roles for the boundaries written before {@link Caller}: every answer comes from it. */
@Dependent
public class CallerIdentity {

    @Inject
    Caller caller;

    /** The logged-in user's email, or empty for an anonymous caller. */
    public Optional<String> email() {
        return caller.email();
    }

    public boolean has(Role role) {
        return caller.has(role);
    }

    public boolean isStaff() {
        return caller.isStaff();
    }

    /** The logged-in user's email; refuses an anonymous caller. */
    public String requireEmail() {
        return caller.require().getEmail();
    }

    /** Refuses anyone but staff and administrators. */
    public void requireStaff() {
        if (!isStaff()) {
            throw new AccessDenied("access.staffOnly");
        }
    }
}
