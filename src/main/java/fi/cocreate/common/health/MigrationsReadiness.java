package fi.cocreate.common.health;

import fi.cocreate.common.DatabaseMigrations;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;

/**
 * Ready only when the schema holds every migration this WAR ships and none has failed. During a rolling upgrade a
 * server with newer code than the schema (or a failed migration) is kept out of the balancer until it is fixed.
 */
@Readiness
@ApplicationScoped
public class MigrationsReadiness implements HealthCheck {

    @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try {
            MigrationInfoService info = DatabaseMigrations.flyway(dataSource).info();
            int pending = info.pending().length;
            long failed = java.util.Arrays.stream(info.all())
                    .filter(m -> m.getState().isFailed())
                    .count();
            MigrationInfo current = info.current();
            return HealthCheckResponse.named("migrations")
                    .status(pending == 0 && failed == 0)
                    .withData(
                            "schemaVersion",
                            current == null ? "none" : current.getVersion().getVersion())
                    .withData("pending", pending)
                    .withData("failed", failed)
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("migrations")
                    .down()
                    .withData("error", String.valueOf(e.getMessage()))
                    .build();
        }
    }
}
