package fi.cocreate.common;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a database that cannot be reached (stopped, restarting, network gone) from a fault of the request itself.
 * Such a failure is nobody's mistake and passes: the person is asked to try again, with what they typed kept, instead
 * of getting the error page. The container's pool drops the dead connections by itself (connection validation and
 * {@code fail-all-connections} on the data source, {@link DatabaseMigrations}), so the next try after the database is
 * back succeeds without an administrator.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {}

    /** Whether anything in the chain of causes says the connection to the database failed. */
    public static boolean causedBy(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            // SQLSTATE class 08 is "connection exception"; Connector/J also reports a lost link this way.
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
            // The pool could not hand out a connection (Payara wraps it as "Error in allocating a connection").
            if (t instanceof jakarta.resource.ResourceException) {
                return true;
            }
            if (t.getClass().getName().equals("com.mysql.cj.exceptions.CJCommunicationsException")
                    || t.getClass().getName().equals("com.mysql.cj.jdbc.exceptions.CommunicationsException")) {
                return true;
            }
        }
        return false;
    }
}
