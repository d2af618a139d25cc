package fi.cocreate.common;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Who runs the next round of a periodic job: the first server to move the job's {@code next_run_at} forward past now,
 * in one conditional UPDATE on the shared database. Every other server sees zero rows changed and skips the round, so a
 * job runs once per period in the whole cluster, with no other coordination service. Each statement commits on its
 * own (no surrounding transaction), so no lock is held from one to the next and two servers cannot deadlock.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobLeases {

    @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
    DataSource dataSource;

    /**
     * Claims the round of {@code job} due at {@code now} for {@code server}; true if this server runs it. A
     * {@code next_run_at} further ahead than one period (a clock set back) is claimable too, so a job never stalls.
     */
    public boolean claim(String job, Duration period, Instant now, String server) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement insert =
                    c.prepareStatement("INSERT IGNORE INTO scheduled_job (name, next_run_at, runs) VALUES (?, ?, 0)")) {
                insert.setString(1, job);
                insert.setTimestamp(2, Timestamp.from(now));
                insert.executeUpdate();
            }
            try (PreparedStatement update = c.prepareStatement("UPDATE scheduled_job SET next_run_at = ?,"
                    + " last_run_at = ?, last_run_by = ?, runs = runs + 1"
                    + " WHERE name = ? AND (next_run_at <= ? OR next_run_at > ?)")) {
                update.setTimestamp(
                        1, Timestamp.from(now.plus(period).minusMillis(Math.min(250, period.toMillis() / 10))));
                update.setTimestamp(2, Timestamp.from(now));
                update.setString(3, server);
                update.setString(4, job);
                update.setTimestamp(5, Timestamp.from(now));
                update.setTimestamp(6, Timestamp.from(now.plus(period).plus(period)));
                return update.executeUpdate() == 1;
            }
        } catch (SQLTransactionRollbackException lostRace) {
            // A deadlock or lock wait the database resolved against this server: another one runs the round.
            return false;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not claim a round of " + job, e);
        }
    }

    /** How many rounds of the job have run in the whole cluster (for tests and the operations page). */
    public long runs(String job) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("SELECT runs FROM scheduled_job WHERE name = ?")) {
            select.setString(1, job);
            try (var rows = select.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the rounds of " + job, e);
        }
    }
}
