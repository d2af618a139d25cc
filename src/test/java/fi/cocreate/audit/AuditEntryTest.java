package fi.cocreate.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.audit.entity.AuditAction;
import fi.cocreate.audit.entity.AuditEntry;
import fi.cocreate.consultation.entity.ResponseModeration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

    @Test
    void theLongestHideReasonStaffMayGiveIsKeptWholeInTheAuditRow() {
        String reason = "r".repeat(ResponseModeration.MAX_REASON);
        AuditEntry entry =
                new AuditEntry(Instant.EPOCH, 1L, "staff@example.test", AuditAction.RESPONSE_HIDDEN, 7, reason);
        assertEquals(reason, entry.getDetail());
        assertTrue(ResponseModeration.MAX_REASON <= AuditEntry.DETAIL_LENGTH);
    }

    @Test
    void aDetailLongerThanTheColumnIsShortenedWithAMarkNotRefused() {
        String detail = "d".repeat(AuditEntry.DETAIL_LENGTH + 10);
        AuditEntry entry = new AuditEntry(Instant.EPOCH, null, null, AuditAction.SELECTION_RUN, 7, detail);
        assertEquals(AuditEntry.DETAIL_LENGTH, entry.getDetail().length());
        assertTrue(entry.getDetail().endsWith("…"));
    }
}
