package fi.cocreate.testing;

import fi.cocreate.consultation.boundary.StaffAccess;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.util.concurrent.Callable;

/**
 * Lets an in-container test call the consultation boundaries' staff operations as a staff member, on its own thread
 * only. Everywhere else (HTTP requests, other threads, tests that do not ask) the real role check applies unchanged.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class StaffAccessForTests extends StaffAccess {

    private static final ThreadLocal<Boolean> AS_STAFF = ThreadLocal.withInitial(() -> false);

    /** Runs the work as staff on this thread. */
    public static <T> T asStaff(Callable<T> work) throws Exception {
        AS_STAFF.set(true);
        try {
            return work.call();
        } finally {
            AS_STAFF.set(false);
        }
    }

    @Override
    public boolean isStaff() {
        return AS_STAFF.get() || super.isStaff();
    }

    @Override
    public void require() {
        if (!AS_STAFF.get()) {
            super.require();
        }
    }

    @Override
    public String name() {
        return AS_STAFF.get() ? "staff-under-test" : super.name();
    }
}
