package fi.cocreate.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.testing.Deployments;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.EntityType;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectCollectionMapping;
import org.eclipse.persistence.sessions.Session;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The schema that Flyway built is the one the entities expect: every mapped table and column exists. */
@ExtendWith(ArquillianExtension.class)
class SchemaIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    UserTransaction tx;

    @Test
    void everyMappedTableAndColumnExistsInTheMigratedSchema() throws Exception {
        Set<String> columns = existingColumns();
        List<String> missing = new ArrayList<>();
        Session session = em.unwrap(Session.class);
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (descriptor.isAggregateDescriptor()) {
                continue;
            }
            for (DatabaseField field : descriptor.getFields()) {
                check(columns, field.getTableName(), field.getName(), descriptor, missing);
            }
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                if (mapping instanceof DirectCollectionMapping collection) {
                    String table = collection.getReferenceTableName();
                    check(columns, table, collection.getDirectField().getName(), descriptor, missing);
                    for (DatabaseField key : collection.getReferenceKeyFields()) {
                        check(columns, table, key.getName(), descriptor, missing);
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "Mapped but missing from the schema: " + missing);
    }

    @Test
    void everyEntityCanBeReadBack() throws Exception {
        tx.begin();
        try {
            for (EntityType<?> entity : em.getMetamodel().getEntities()) {
                em.createQuery("select e from " + entity.getName() + " e")
                        .setMaxResults(5)
                        .getResultList();
            }
        } finally {
            tx.rollback();
        }
    }

    @Test
    void allMigrationsAppliedSuccessfully() throws Exception {
        try (Connection connection = dataSource.getConnection();
                ResultSet failed = connection
                        .createStatement()
                        .executeQuery("select count(*) from flyway_schema_history where success = 0")) {
            failed.next();
            assertEquals(0, failed.getInt(1));
        }
    }

    private static void check(
            Set<String> columns, String table, String column, ClassDescriptor descriptor, List<String> missing) {
        String key = (table + "." + column).toLowerCase(Locale.ROOT);
        if (!columns.contains(key)) {
            missing.add(descriptor.getJavaClass().getSimpleName() + " -> " + key);
        }
    }

    private Set<String> existingColumns() throws Exception {
        Set<String> columns = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet rs = connection
                        .createStatement()
                        .executeQuery("select table_name, column_name from information_schema.columns "
                                + "where table_schema = database()")) {
            while (rs.next()) {
                columns.add((rs.getString(1) + "." + rs.getString(2)).toLowerCase(Locale.ROOT));
            }
        }
        return columns;
    }
}
