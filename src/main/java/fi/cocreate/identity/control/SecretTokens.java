package fi.cocreate.identity.control;

import fi.cocreate.common.BusinessException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;

/** Random secrets for one-time links, and the hash under which they are stored. */
public final class SecretTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretTokens() {}

    /** 256 random bits, URL-safe. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * The record that a one-time link's token names, looked up by the token's hash ({@code byHash}); a missing, blank
     * or unknown token is refused as {@code token.invalid}.
     */
    public static <T> T find(String token, Function<String, Optional<T>> byHash) {
        if (token == null || token.isBlank()) {
            throw new BusinessException("token.invalid");
        }
        return byHash.apply(hash(token)).orElseThrow(() -> new BusinessException("token.invalid"));
    }
}
