package fi.cocreate.forum.panel.control;

import java.util.List;
import java.util.Optional;

/**
 * Age bands for the diversity rules. The age is the one reached in the year the call closes, so that the band of an
 * applicant does not change while the panel works.
 */
public final class AgeBands {

    /** Band codes, youngest first. */
    public static final List<String> CODES = List.of("under30", "30to39", "40to49", "50to59", "60plus");

    private AgeBands() {}

    /** The band of someone born in {@code yearOfBirth}, judged in {@code referenceYear}; empty if unknown. */
    public static Optional<String> of(Integer yearOfBirth, int referenceYear) {
        if (yearOfBirth == null || yearOfBirth > referenceYear) {
            return Optional.empty();
        }
        int age = referenceYear - yearOfBirth;
        if (age < 30) {
            return Optional.of("under30");
        }
        if (age >= 60) {
            return Optional.of("60plus");
        }
        int decade = age / 10 * 10;
        return Optional.of(decade + "to" + (decade + 9));
    }
}
