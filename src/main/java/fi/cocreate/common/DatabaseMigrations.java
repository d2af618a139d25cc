package fi.cocreate.common;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with the Flyway migrations in {@code db/} before anything else touches the database.
 * The connection comes from MicroProfile Config ({@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD}), which Payara
 * resolves from environment variables, system properties or its own config sources.
 * EclipseLink never generates DDL; the migrations are the only definition of the schema.
 *
 * <p>The start-up set-up (these migrations, then the demo data and the first administrator, which {@code @DependsOn}
 * this) runs under the database-wide {@link SetupLock}: servers started at the same moment on one empty database
 * take turns, and the later ones find the schema, the administrator and the demo data there. {@code FirstAdmin},
 * the last step, calls {@link #setupFinished()}.
 */
@DataSourceDefinition(
        name = DatabaseMigrations.DATA_SOURCE,
        className = "com.mysql.cj.jdbc.MysqlDataSource",
        url = "${MPCONFIG=DB_URL}",
        user = "${MPCONFIG=DB_USER}",
        password = "${MPCONFIG=DB_PASSWORD}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true",
            // Connector/J parses every prepared statement's SQL again unless it caches the parse; that parsing was
            // a tenth of the CPU of the deadline rush's closed loop (docs/benchmarks.md).
            "cachePrepStmts=true",
            "prepStmtCacheSize=500",
            "prepStmtCacheSqlLimit=8192"
        })
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigrations {

    public static final String DATA_SOURCE = "java:app/jdbc/cocreate";

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    /** How long a server waits for another one's start-up set-up before its own deployment fails. */
    private static final Duration SETUP_WAIT = Duration.ofMinutes(10);

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    private SetupLock setupLock;

    @PostConstruct
    void migrate() {
        setupLock = SetupLock.acquire(dataSource, SETUP_WAIT);
        MigrateResult result = flyway(dataSource).migrate();
        // targetSchemaVersion is null when nothing was applied; the version is then the one found.
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Schema at version " + version + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    /** The start-up set-up is done: another server starting on this database may run its own (finding it done). */
    public void setupFinished() {
        if (setupLock != null) {
            setupLock.close();
            setupLock = null;
        }
    }

    /** A deployment that failed during the set-up gives the lock up too. */
    @PreDestroy
    void stop() {
        setupFinished();
    }

    /** Flyway over the migrations this WAR ships, as the start-up and the readiness check both see them. */
    public static Flyway flyway(DataSource dataSource) {
        return Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // Each domain numbers its own migrations (see docs/architecture.md), so a newer domain's
                // migration may carry a lower number than one already applied.
                .outOfOrder(true)
                .load();
    }
}
