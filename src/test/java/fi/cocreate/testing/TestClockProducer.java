package fi.cocreate.testing;

import fi.cocreate.common.ApplicationClock;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;

/** Replaces the application's clock in test deployments with one {@link MutableClock} that tests move. */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class TestClockProducer {

    public static final MutableClock CLOCK = new MutableClock(ApplicationClock.ZONE);

    @Produces
    Clock clock() {
        return CLOCK;
    }
}
