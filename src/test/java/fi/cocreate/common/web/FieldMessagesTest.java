package fi.cocreate.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.common.BusinessException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a refusal about one input is looked for: beside the pressed button first, then in its form. */
class FieldMessagesTest {

    @Test
    void aRefusalNamesTheInputItIsAboutAndIsStillTheSameException() {
        BusinessException plain = new BusinessException("extension.reasonRequired");
        assertTrue(plain.field().isEmpty());
        BusinessException about = plain.about("reason");
        assertSame(plain, about, "about() returns the exception to throw");
        assertEquals("reason", about.field().orElseThrow());
        assertEquals("extension.reasonRequired", about.getMessageKey());
    }

    @Test
    void theInputIsLookedForInThePressedButtonsRowThenInItsForm() {
        assertEquals(
                List.of("proposals:rows:2:reason", "proposals:reason"),
                FieldMessages.candidates("proposals:rows:2:answer", "reason", ':'));
    }

    @Test
    void aButtonDirectlyInItsFormGivesTheFormsInputOnly() {
        assertEquals(List.of("grant:until"), FieldMessages.candidates("grant:save", "until", ':'));
    }

    @Test
    void aButtonOutsideAnyFormGivesNoInput() {
        assertEquals(List.of(), FieldMessages.candidates("save", "until", ':'));
    }
}
