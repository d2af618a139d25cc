package fi.cocreate.common.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.common.AccessDenied;
import fi.cocreate.common.BusinessException;
import jakarta.faces.FacesException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class ViewStateOfAnotherViewTest {

    @Test
    void whatRestoreStateThrowsForAStateOfAnotherTreeIsAMismatch() {
        assertTrue(ViewStateOfAnotherView.stateMismatch(
                new ArrayIndexOutOfBoundsException("Index 2 out of bounds for length 2")));
        assertTrue(ViewStateOfAnotherView.stateMismatch(new NullPointerException("getRenderKit() is null")));
        assertTrue(ViewStateOfAnotherView.stateMismatch(new FacesException(
                "Unexpected error restoring state for component with id j_idt7", new ClassCastException())));
    }

    @Test
    void theAppsRefusalsAndADatabaseOutageKeepTheirOwnHandling() {
        assertFalse(ViewStateOfAnotherView.stateMismatch(new FacesException(new BusinessException("any.key"))));
        assertFalse(ViewStateOfAnotherView.stateMismatch(new FacesException(new AccessDenied())));
        assertFalse(ViewStateOfAnotherView.stateMismatch(new IllegalStateException(
                "wrapped", new SQLTransientConnectionException("lost", new NullPointerException()))));
        assertFalse(ViewStateOfAnotherView.stateMismatch(new IllegalStateException("something else")));
    }
}
