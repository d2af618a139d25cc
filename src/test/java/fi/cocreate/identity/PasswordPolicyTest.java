package fi.cocreate.identity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.cocreate.common.BusinessException;
import fi.cocreate.identity.control.PasswordPolicy;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void tenCharactersAreEnoughNineAreNot() {
        assertDoesNotThrow(() -> PasswordPolicy.check("abcdefghij", "a@b.fi"));
        assertEquals(
                "password.tooShort",
                assertThrows(BusinessException.class, () -> PasswordPolicy.check("abcdefghi", "a@b.fi"))
                        .getMessageKey());
    }

    @Test
    void theEmailAddressIsNotAPassword() {
        assertEquals(
                "password.sameAsEmail",
                assertThrows(
                                BusinessException.class,
                                () -> PasswordPolicy.check("Long.Name@Example.org", "long.name@example.org"))
                        .getMessageKey());
    }

    @Test
    void overlongPasswordsAreRefused() {
        assertEquals(
                "password.tooLong",
                assertThrows(BusinessException.class, () -> PasswordPolicy.check("x".repeat(129), "a@b.fi"))
                        .getMessageKey());
    }
}
