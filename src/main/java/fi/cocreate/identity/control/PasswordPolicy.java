package fi.cocreate.identity.control;

import fi.cocreate.common.BusinessException;
import java.util.Locale;

/**
 * What a password must be. Length matters most (NIST SP 800-63B): at least 10 characters, at most 128; it may not
 * be the email address. No composition rules, which only push people to predictable patterns.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    public static void check(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new BusinessException("password.tooShort", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new BusinessException("password.tooLong", MAX_LENGTH);
        }
        if (email != null
                && password.strip()
                        .toLowerCase(Locale.ROOT)
                        .equals(email.strip().toLowerCase(Locale.ROOT))) {
            throw new BusinessException("password.sameAsEmail");
        }
    }
}
