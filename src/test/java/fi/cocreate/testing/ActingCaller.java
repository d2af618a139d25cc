package fi.cocreate.testing;

import fi.cocreate.identity.boundary.Caller;
import fi.cocreate.identity.entity.Account;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * The one test alternative of the caller: lets an in-container test call boundaries as a real account (by its email) on
 * the current thread, as a login would, with the roles the database gives that account. Without {@link #actAs} or
 * {@link #as} every check sees the real Jakarta Security caller, so HTTP requests are unaffected.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@RequestScoped
public class ActingCaller extends Caller {

    /** The demo data's staff member, who exists in every test deployment. */
    public static final String DEMO_STAFF = "staff@demo.cocreate.fi";

    private static final ThreadLocal<String> ACTING = new ThreadLocal<>();

    /** From now on, on this thread, boundaries see this account; null acts as an anonymous visitor. */
    public static void actAs(String email) {
        ACTING.set(email == null ? "" : email);
    }

    public static void clear() {
        ACTING.remove();
    }

    /** Runs the work as the account with this email, then goes back to whoever acted before. */
    public static <T> T as(String email, Callable<T> work) throws Exception {
        String before = ACTING.get();
        actAs(email);
        try {
            return work.call();
        } finally {
            if (before == null) {
                ACTING.remove();
            } else {
                ACTING.set(before);
            }
        }
    }

    /**
     * Calls a boundary as the account with this email and returns what it returned; its refusals and other runtime
     * exceptions pass through unchanged (no checked exception, so it fits in {@code assertThrows} and lambdas).
     */
    public static <T> T acting(String email, Supplier<T> work) {
        String before = ACTING.get();
        actAs(email);
        try {
            return work.get();
        } finally {
            if (before == null) {
                ACTING.remove();
            } else {
                ACTING.set(before);
            }
        }
    }

    /** As {@link #acting(String, Supplier)}, for a boundary method that returns nothing. */
    public static void acting(String email, Runnable work) {
        acting(email, () -> {
            work.run();
            return null;
        });
    }

    /** Runs the work as the demo staff member. */
    public static <T> T asStaff(Callable<T> work) throws Exception {
        return as(DEMO_STAFF, work);
    }

    @Override
    public Optional<Account> account() {
        String acting = ACTING.get();
        if (acting == null) {
            return super.account();
        }
        return acting.isEmpty()
                ? Optional.empty()
                : accounts.findByEmail(acting).filter(Account::canLogIn);
    }
}
