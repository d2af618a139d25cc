package fi.cocreate.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.cocreate.common.BusinessException;
import fi.cocreate.identity.control.SecretTokens;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A one-time link's token names its record by the token's hash; anything else is the same refusal. */
class SecretTokensTest {

    @Test
    void aTokenFindsTheRecordStoredUnderItsHashAndAnythingElseIsInvalid() {
        String token = SecretTokens.newToken();
        Map<String, String> stored = Map.of(SecretTokens.hash(token), "the invitation");

        assertEquals("the invitation", SecretTokens.find(token, hash -> Optional.ofNullable(stored.get(hash))));
        assertEquals(
                "token.invalid", refusal(() -> SecretTokens.find(SecretTokens.newToken(), h -> lookUp(stored, h))));
        assertEquals("token.invalid", refusal(() -> SecretTokens.find(" ", h -> lookUp(stored, h))));
        assertEquals("token.invalid", refusal(() -> SecretTokens.find(null, h -> lookUp(stored, h))));
        assertEquals(
                "token.invalid",
                refusal(() -> SecretTokens.find(SecretTokens.hash(token), h -> lookUp(stored, h))),
                "the stored hash itself is not a token");
    }

    private static Optional<String> lookUp(Map<String, String> stored, String hash) {
        return Optional.ofNullable(stored.get(hash));
    }

    private static String refusal(Runnable action) {
        return assertThrows(BusinessException.class, action::run).getMessageKey();
    }
}
