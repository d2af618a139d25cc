package fi.cocreate.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.cocreate.testing.TestServices;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Data migrations run against data that was stored before them: Flyway builds a fresh schema of the embedded database
 * up to the version before the migration, the test stores rows as the app of that time did, and the rest of the
 * migrations run over them. No server is deployed; this runs in the test JVM that owns the database.
 */
class MigrationsIT {

    private static final String SCHEMA = "cocreate_migration_check";

    private static String url(String schema) {
        return "jdbc:mysql://127.0.0.1:" + Integer.getInteger("it.db.port", 33406) + "/" + schema
                + "?sslMode=DISABLED&allowPublicKeyRetrieval=true&characterEncoding=UTF-8&connectionTimeZone=UTC";
    }

    private static Flyway flyway(String target) {
        return Flyway.configure()
                .dataSource(url(SCHEMA), "cocreate", "cocreate-dev")
                .locations("filesystem:db")
                .outOfOrder(true)
                .target(target)
                .load();
    }

    /** V170: the TE offices were abolished on 1.1.2025; an organisation stored as one is now an employment area. */
    @Test
    void anOrganisationStoredAsATeOfficeBeforeV170IsAnEmploymentAreaAfterIt() throws Exception {
        TestServices.start();
        try (Connection root = DriverManager.getConnection(url(""), "cocreate", "cocreate-dev");
                Statement statement = root.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + SCHEMA);
            statement.execute("CREATE DATABASE " + SCHEMA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        try {
            // The last migration before V170 (Flyway's target must name one that exists).
            flyway("161").migrate();
            try (Connection connection = DriverManager.getConnection(url(SCHEMA), "cocreate", "cocreate-dev")) {
                assertEquals("161", version(connection), "the schema stands before V170");
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO organisation" + " (name, org_type, created_at) VALUES (?, ?, ?)")) {
                    for (String[] row :
                            new String[][] {{"Uudenmaan TE-toimisto", "TE_OFFICE"}, {"Kunta ry", "ASSOCIATION"}}) {
                        insert.setString(1, row[0]);
                        insert.setString(2, row[1]);
                        insert.setObject(3, LocalDateTime.of(2024, 6, 1, 12, 0));
                        insert.executeUpdate();
                    }
                }
            }
            flyway("latest").migrate();
            try (Connection connection = DriverManager.getConnection(url(SCHEMA), "cocreate", "cocreate-dev")) {
                assertEquals("EMPLOYMENT_AREA", type(connection, "Uudenmaan TE-toimisto"));
                assertEquals("ASSOCIATION", type(connection, "Kunta ry"), "other types stay as they were");
                assertEquals(0, count(connection, "SELECT count(*) FROM organisation WHERE org_type = 'TE_OFFICE'"));
            }
        } finally {
            try (Connection root = DriverManager.getConnection(url(""), "cocreate", "cocreate-dev");
                    Statement statement = root.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + SCHEMA);
            }
        }
    }

    private static String version(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank DESC LIMIT 1")) {
            result.next();
            return result.getString(1);
        }
    }

    private static String type(Connection connection, String name) throws Exception {
        try (PreparedStatement query =
                connection.prepareStatement("SELECT org_type FROM organisation WHERE name = ?")) {
            query.setString(1, name);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        }
    }

    private static int count(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }
}
