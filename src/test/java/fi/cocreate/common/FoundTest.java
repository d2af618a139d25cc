package fi.cocreate.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FoundTest {

    @Test
    void aRecordThatIsThereIsReturnedAsItIs() {
        String record = "record";
        assertSame(record, Found.found(record, "x.notFound"));
        assertSame(record, Found.found(record, r -> r.startsWith("rec"), "x.notFound"));
        assertSame(record, Found.found(Optional.of(record), "x.notFound"));
    }

    @Test
    void aMissingRecordIsNotFoundUnderTheCallersKey() {
        assertEquals(
                "consultation.notFound",
                assertThrows(NotFound.class, () -> Found.found((String) null, "consultation.notFound"))
                        .getMessageKey());
        assertEquals(
                "summary.statementNotFound",
                assertThrows(NotFound.class, () -> Found.found(Optional.empty(), "summary.statementNotFound"))
                        .getMessageKey());
    }

    @Test
    void aRecordTheCallerMayNotSeeIsRefusedExactlyAsAMissingOne() {
        NotFound hidden = assertThrows(
                NotFound.class, () -> Found.found("draft", r -> r.equals("published"), "consultation.notFound"));
        NotFound missing = assertThrows(
                NotFound.class, () -> Found.found((String) null, r -> r.equals("published"), "consultation.notFound"));
        assertEquals(missing.getMessageKey(), hidden.getMessageKey());
        assertEquals(missing.getMessage(), hidden.getMessage());
    }

    @Test
    void theVisibilityRuleIsNeverAskedAboutAMissingRecord() {
        assertThrows(
                NotFound.class, () -> Found.found((String) null, r -> r.isEmpty() || r.charAt(0) == 'x', "x.notFound"));
    }
}
