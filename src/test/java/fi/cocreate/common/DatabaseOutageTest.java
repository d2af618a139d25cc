package fi.cocreate.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void aLostOrRefusedConnectionIsAnOutageHoweverDeeplyItIsWrapped() {
        assertTrue(DatabaseOutage.causedBy(new PersistenceException(new RuntimeException(
                new SQLNonTransientConnectionException("Could not create connection to database server")))));
        assertTrue(DatabaseOutage.causedBy(
                new IllegalStateException(new SQLException("Communications link failure", "08S01"))));
        assertTrue(DatabaseOutage.causedBy(new SQLException(
                "Error in allocating a connection",
                new jakarta.resource.ResourceException("Connection could not be allocated"))));
    }

    @Test
    void aFaultOfTheRequestItselfIsNot() {
        assertFalse(DatabaseOutage.causedBy(
                new PersistenceException(new SQLIntegrityConstraintViolationException("Duplicate entry", "23000"))));
        assertFalse(DatabaseOutage.causedBy(new OptimisticLockException("stale")));
        assertFalse(DatabaseOutage.causedBy(new BusinessException("response.afterDeadline")));
        assertFalse(DatabaseOutage.causedBy(null));
    }
}
