package fi.cocreate.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A database-wide named lock ({@code GET_LOCK}, which MySQL 8 and MariaDB both have) that servers starting at the
 * same moment on one database take in turn: whoever holds it runs the start-up set-up (migrations, the first
 * administrator, demo data) while the others wait, and then find it done. The lock belongs to the connection that
 * took it, so it is held on a connection of its own until {@link #close()}; a server that dies while holding it loses
 * the connection and with it the lock.
 *
 * <p>Waits in rounds shorter than the connection's {@code socketTimeout} (docs/deploy.md), so a long wait is not
 * taken for a dead connection.
 */
public final class SetupLock implements AutoCloseable {

    /** The lock's name in the database; {@code ClusterIT} holds it to make two servers arrive at once. */
    public static final String NAME = "cocreate.setup";

    private static final Logger LOG = Logger.getLogger(SetupLock.class.getName());
    private static final int ROUND_SECONDS = 20;

    private final Connection connection;

    private SetupLock(Connection connection) {
        this.connection = connection;
    }

    /** Takes the lock, waiting at most {@code timeout} for another server to finish its set-up. */
    public static SetupLock acquire(DataSource dataSource, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            boolean logged = false;
            while (true) {
                Integer got = getLock(connection, logged ? ROUND_SECONDS : 0);
                if (got == null) {
                    throw new IllegalStateException("GET_LOCK('" + NAME + "') failed");
                }
                if (got == 1) {
                    if (logged) {
                        LOG.info("The start-up set-up is free again: checking what is left to do");
                    }
                    return new SetupLock(connection);
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Another server has held the start-up lock '" + NAME
                            + "' for more than " + timeout.toSeconds() + " s; is its start-up stuck?");
                }
                if (!logged) {
                    LOG.info("Another server is running the start-up set-up (migrations, first administrator, "
                            + "demo data) on this database: waiting for it");
                    logged = true;
                }
            }
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("Could not take the start-up lock '" + NAME + "'", e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private static Integer getLock(Connection connection, int seconds) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            lock.setString(1, NAME);
            lock.setInt(2, seconds);
            try (ResultSet row = lock.executeQuery()) {
                row.next();
                int value = row.getInt(1);
                return row.wasNull() ? null : value;
            }
        }
    }

    /** Releases the lock and gives the connection back (a pooled connection keeps its session, so release first). */
    @Override
    public void close() {
        try (PreparedStatement release = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            release.setString(1, NAME);
            release.execute();
        } catch (SQLException e) {
            LOG.warning(() -> "Could not release the start-up lock; closing its connection ends it: " + e);
        } finally {
            closeQuietly(connection);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the pool discards it
        }
    }
}
