package fi.cocreate.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.cocreate.common.BusinessException;
import fi.cocreate.identity.entity.Account;
import fi.cocreate.identity.entity.AccountToken;
import fi.cocreate.identity.entity.TokenPurpose;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountTokenTest {

    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");
    private final Account account = new Account("Someone@Example.org", "Someone", "hash", "sv", NOW);

    @Test
    void aVerificationLinkWorksOnceWithinFortyEightHours() {
        AccountToken token = new AccountToken(account, TokenPurpose.VERIFY_EMAIL, "h", NOW);
        assertSame(account, token.redeem(TokenPurpose.VERIFY_EMAIL, NOW.plusSeconds(48 * 3600 - 1)));
        assertEquals("token.used", refusal(() -> token.redeem(TokenPurpose.VERIFY_EMAIL, NOW.plusSeconds(60))));
    }

    @Test
    void anExpiredLinkIsRefusedAtTheExpiryInstant() {
        AccountToken token = new AccountToken(account, TokenPurpose.RESET_PASSWORD, "h", NOW);
        assertEquals("token.expired", refusal(() -> token.redeem(TokenPurpose.RESET_PASSWORD, NOW.plusSeconds(3600))));
    }

    @Test
    void aLinkForAnotherPurposeIsRefused() {
        AccountToken token = new AccountToken(account, TokenPurpose.VERIFY_EMAIL, "h", NOW);
        assertEquals("token.invalid", refusal(() -> token.redeem(TokenPurpose.RESET_PASSWORD, NOW)));
    }

    @Test
    void emailIsStoredLowerCaseAndUnknownLanguageFallsBackToFinnish() {
        assertEquals("someone@example.org", account.getEmail());
        assertEquals("fi", new Account("a@b.fi", "A", "h", "de", NOW).getLanguage());
    }

    private static String refusal(Runnable action) {
        return assertThrows(BusinessException.class, action::run).getMessageKey();
    }

    @Test
    void aWithdrawnLinkAnswersUsedAndAUsedLinkKeepsItsTime() {
        AccountToken older = new AccountToken(account, TokenPurpose.RESET_PASSWORD, "h1", NOW);
        older.withdraw(NOW.plusSeconds(5));
        assertEquals("token.used", refusal(() -> older.redeem(TokenPurpose.RESET_PASSWORD, NOW.plusSeconds(6))));
        AccountToken used = new AccountToken(account, TokenPurpose.RESET_PASSWORD, "h2", NOW);
        used.redeem(TokenPurpose.RESET_PASSWORD, NOW.plusSeconds(1));
        used.withdraw(NOW.plusSeconds(9));
        assertEquals(NOW.plusSeconds(1), used.getUsedAt());
    }
}
