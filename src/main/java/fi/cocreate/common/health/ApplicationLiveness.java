package fi.cocreate.common.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the application answers at all: the check runs inside the deployed WAR, so an answer means the server,
 * the web container and CDI work. It deliberately ignores the database and mail, so an outage of either never makes
 * an orchestrator restart every server at once.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("application")
                .up()
                .withData("server", ManagementFactory.getRuntimeMXBean().getName())
                .withData("uptimeSeconds", ManagementFactory.getRuntimeMXBean().getUptime() / 1000)
                .build();
    }
}
