package fi.cocreate.consultation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.common.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BusinessIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"0737546-2", "2617416-4", "0112038-9", " 0737546-2 "})
    void validIdsAreAccepted(String id) {
        assertTrue(BusinessId.isValid(id), id);
    }

    @Test
    void checkDigitZeroComesFromRemainderZero() {
        assertTrue(BusinessId.isValid("1572860-0"));
        assertFalse(BusinessId.isValid("1572860-1"));
    }

    @Test
    void remainderOneHasNoValidCheckDigitAtAll() {
        for (int digit = 0; digit <= 9; digit++) {
            assertFalse(BusinessId.isValid("1000008-" + digit), "remainder 1 is never valid, digit " + digit);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0737546-3", "07375462", "0737546", "073754-62", "A737546-2", "", "12345678-9"})
    void wrongCheckDigitOrShapeIsRefused(String id) {
        assertFalse(BusinessId.isValid(id), id);
    }

    @Test
    void oldSixDigitIdsArePaddedWithALeadingZero() {
        assertEquals("0737546-2", BusinessId.canonical("737546-2"));
    }

    @Test
    void canonicalRefusesAnInvalidIdWithAMessageKey() {
        BusinessException e = assertThrows(BusinessException.class, () -> BusinessId.canonical("1234567-8"));
        assertEquals("organisation.businessIdInvalid", e.getMessageKey());
        assertFalse(BusinessId.isValid(null));
    }
}
