package fi.cocreate.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.common.AccessDenied;
import fi.cocreate.identity.entity.Account;
import fi.cocreate.identity.entity.Role;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The declarative role check: which roles it asks for, and that a refused call never reaches the method. */
class RolesRequiredInterceptorTest {

    @RolesRequired({Role.STAFF, Role.ADMIN})
    static class StaffBoundary {
        boolean ran;

        public void configure() {
            ran = true;
        }

        @RolesRequired(Role.PANELIST)
        public void score() {
            ran = true;
        }

        @RolesRequired
        public void anyLogin() {
            ran = true;
        }
    }

    static class Subclass extends StaffBoundary {}

    /** A caller with a fixed account (or none), as a request would have. */
    static Caller callerWith(Role... roles) {
        Account account =
                roles == null ? null : new Account("someone@test.cocreate.fi", "Someone", "hash", "fi", Instant.EPOCH);
        if (account != null) {
            for (Role role : roles) {
                account.grant(role);
            }
        }
        return new Caller() {
            @Override
            public Optional<Account> account() {
                return Optional.ofNullable(account);
            }
        };
    }

    private static void call(StaffBoundary target, String method, Caller caller) throws Exception {
        RolesRequiredInterceptor interceptor = new RolesRequiredInterceptor();
        interceptor.caller = caller;
        Method m = StaffBoundary.class.getMethod(method);
        interceptor.requireRoles(new Invocation(target, m));
    }

    @Test
    void theMethodsAnnotationWinsOverTheClasses() throws Exception {
        assertArrayEquals(
                new Role[] {Role.PANELIST},
                RolesRequiredInterceptor.rolesOf(StaffBoundary.class.getMethod("score"), new StaffBoundary()));
        assertArrayEquals(
                new Role[] {Role.STAFF, Role.ADMIN},
                RolesRequiredInterceptor.rolesOf(StaffBoundary.class.getMethod("configure"), new Subclass()));
        assertArrayEquals(
                new Role[0],
                RolesRequiredInterceptor.rolesOf(StaffBoundary.class.getMethod("anyLogin"), new StaffBoundary()));
    }

    @Test
    void aCallerWithoutTheRoleIsRefusedAndTheMethodDoesNotRun() throws Exception {
        StaffBoundary boundary = new StaffBoundary();
        AccessDenied refused = assertThrows(
                AccessDenied.class, () -> call(boundary, "configure", callerWith(Role.PANELIST, Role.APPLICANT)));
        assertEquals("access.denied", refused.getMessageKey());
        assertEquals(
                "access.denied",
                assertThrows(AccessDenied.class, () -> call(boundary, "score", callerWith(Role.STAFF)))
                        .getMessageKey());
        assertEquals(
                "access.loginRequired",
                assertThrows(AccessDenied.class, () -> call(boundary, "anyLogin", callerWith((Role[]) null)))
                        .getMessageKey());
        assertFalse(boundary.ran);
    }

    @Test
    void aCallerWithOneOfTheRolesPasses() throws Exception {
        StaffBoundary boundary = new StaffBoundary();
        call(boundary, "configure", callerWith(Role.ADMIN));
        assertTrue(boundary.ran);
        StaffBoundary other = new StaffBoundary();
        call(other, "anyLogin", callerWith());
        assertTrue(other.ran, "no role named: any logged-in account");
    }

    /** The part of an invocation the interceptor reads: the target, the method, and going on to it. */
    private record Invocation(Object target, Method method) implements InvocationContext {
        @Override
        public Object getTarget() {
            return target;
        }

        @Override
        public Object getTimer() {
            return null;
        }

        @Override
        public Method getMethod() {
            return method;
        }

        @Override
        public Constructor<?> getConstructor() {
            return null;
        }

        @Override
        public Object[] getParameters() {
            return new Object[0];
        }

        @Override
        public void setParameters(Object[] params) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, Object> getContextData() {
            return new HashMap<>();
        }

        @Override
        public Object proceed() throws Exception {
            return method.invoke(target);
        }
    }
}
