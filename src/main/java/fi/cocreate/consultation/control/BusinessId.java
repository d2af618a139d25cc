package fi.cocreate.consultation.control;

import fi.cocreate.common.BusinessException;
import java.util.regex.Pattern;

/**
 * The Finnish business ID (Y-tunnus): seven digits, a hyphen and a check digit. The check digit comes from the weights
 * 7, 9, 10, 5, 8, 4, 2: the weighted sum's remainder modulo 11 is 0 for check digit 0, 1 for no valid ID at all,
 * and otherwise the check digit is 11 minus the remainder. Older six-digit IDs are padded with a leading zero.
 */
public final class BusinessId {

    private static final Pattern SHAPE = Pattern.compile("\\d{6,7}-\\d");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2};

    private BusinessId() {}

    public static boolean isValid(String input) {
        if (input == null) {
            return false;
        }
        String id = input.strip();
        if (!SHAPE.matcher(id).matches()) {
            return false;
        }
        String padded = id.length() == 8 ? "0" + id : id;
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (padded.charAt(i) - '0') * WEIGHTS[i];
        }
        int remainder = sum % 11;
        if (remainder == 1) {
            return false;
        }
        int check = remainder == 0 ? 0 : 11 - remainder;
        return padded.charAt(8) - '0' == check;
    }

    /** The ID as {@code 1234567-8}; refuses an invalid one with a message for the user. */
    public static String canonical(String input) {
        if (!isValid(input)) {
            throw new BusinessException("organisation.businessIdInvalid");
        }
        String id = input.strip();
        return id.length() == 8 ? "0" + id : id;
    }
}
