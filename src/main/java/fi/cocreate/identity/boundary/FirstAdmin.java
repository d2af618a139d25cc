package fi.cocreate.identity.boundary;

import fi.cocreate.common.DatabaseMigrations;
import fi.cocreate.identity.entity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A production installation starts empty; its first administrator comes from configuration ({@code ADMIN_EMAIL},
 * {@code ADMIN_PASSWORD}, optional {@code ADMIN_NAME}) and is created once, only while no administrator exists.
 *
 * <p>The last step of the start-up set-up, after every demo step (which may create the demo administrator): it runs
 * under {@link DatabaseMigrations}' set-up lock and releases it, so two servers starting on one empty database never
 * both find no administrator. The set-up is one chain of {@code @DependsOn}, one name each: DatabaseMigrations, DemoData,
 * ConsultationDemoData, SummaryDemoData, ThemeDemoData, EventsDemoData, ForumDemoData, PanelDemoData, FirstAdmin
 * (Payara's singleton start-up took a list of several names here for a cycle and failed the deployment);
 * {@code StartupOrderTest} keeps every demo step in it. It runs outside a transaction so that the administrator is
 * committed (by {@link Accounts}) before the lock is released.
 */
@Singleton
@Startup
@DependsOn("PanelDemoData")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

    @Inject
    Accounts accounts;

    @EJB
    DatabaseMigrations migrations;

    @Inject
    @ConfigProperty(name = "ADMIN_EMAIL")
    Optional<String> email;

    @Inject
    @ConfigProperty(name = "ADMIN_PASSWORD")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "ADMIN_NAME", defaultValue = "Administrator")
    String name;

    @PostConstruct
    void setUp() {
        try {
            ensureAdmin();
        } finally {
            migrations.setupFinished();
        }
    }

    private void ensureAdmin() {
        if (accounts.anyWithRole(Role.ADMIN)) {
            return;
        }
        if (email.isEmpty() || password.isEmpty()) {
            LOG.warning("No administrator exists. Set ADMIN_EMAIL and ADMIN_PASSWORD to create the first one.");
            return;
        }
        accounts.create(email.get(), name, password.get(), "fi", List.of(Role.ADMIN, Role.STAFF), true);
        LOG.info(() -> "Created the first administrator " + email.get());
    }
}
