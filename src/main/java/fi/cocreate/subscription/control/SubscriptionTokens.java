package fi.cocreate.subscription.control;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The tokens in the links of subscription mails: the subscription's id signed with HMAC-SHA256 for one purpose, so a
 * link cannot be guessed or turned into another subscriber's, and a link for confirming cannot be used to manage.
 * Nothing about the token is stored; unsubscribing deletes the subscription, which retires all its links.
 */
public final class SubscriptionTokens {

    /** What a link may be used for. */
    public enum Purpose {
        CONFIRM,
        MANAGE
    }

    private static final String ALGORITHM = "HmacSHA256";

    private SubscriptionTokens() {}

    public static String sign(byte[] key, Purpose purpose, long subscriptionId) {
        return subscriptionId + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(key, purpose, subscriptionId));
    }

    /** The subscription id a token was made for, if its signature is right for this purpose. */
    public static OptionalLong verify(byte[] key, Purpose purpose, String token) {
        if (token == null) {
            return OptionalLong.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 1 || dot > 19) {
            return OptionalLong.empty();
        }
        try {
            long id = Long.parseLong(token.substring(0, dot));
            byte[] given = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            return MessageDigest.isEqual(given, mac(key, purpose, id)) ? OptionalLong.of(id) : OptionalLong.empty();
        } catch (IllegalArgumentException e) {
            return OptionalLong.empty();
        }
    }

    private static byte[] mac(byte[] key, Purpose purpose, long id) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal((purpose.name() + ":" + id).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
