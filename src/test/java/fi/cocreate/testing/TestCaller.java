package fi.cocreate.testing;

import fi.cocreate.identity.boundary.CallerIdentity;
import fi.cocreate.identity.entity.Role;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Lets an in-container test call boundaries as a given user (email and roles) on the current thread, as a login would.
 * Without {@link #actAs} every check sees the real Jakarta Security caller, so page tests are unaffected.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@Dependent
public class TestCaller extends CallerIdentity {

    private record Acting(String email, Set<Role> roles) {
    }

    private static final ThreadLocal<Acting> ACTING = new ThreadLocal<>();

    /** From now on, on this thread, boundaries see this user; null email acts as an anonymous visitor. */
    public static void actAs(String email, Role... roles) {
        ACTING.set(new Acting(email, roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles)));
    }

    public static void clear() {
        ACTING.remove();
    }

    @Override
    public Optional<String> email() {
        Acting acting = ACTING.get();
        return acting == null ? super.email() : Optional.ofNullable(acting.email());
    }

    @Override
    public boolean has(Role role) {
        Acting acting = ACTING.get();
        return acting == null ? super.has(role) : acting.roles().contains(role);
    }
}
