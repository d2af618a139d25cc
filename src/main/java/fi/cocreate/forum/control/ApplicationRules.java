package fi.cocreate.forum.control;

import fi.cocreate.forum.entity.ApplicantCapacity;
import fi.cocreate.forum.entity.ApplicationContent;
import fi.cocreate.forum.entity.ApplicationExpertise;
import fi.cocreate.forum.entity.ExpertiseArea;
import fi.cocreate.forum.entity.ForumCall;
import fi.cocreate.forum.entity.NordicRegion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a complete and eligible application needs, step by step. The form checks each step before moving on and the
 * boundary checks the whole application again when it is submitted. Eligibility: born outside the Nordic region,
 * living in a Nordic country, and the call's window open.
 */
public final class ApplicationRules {

    /** The youngest applicant is this many years old in the current year. */
    public static final int MIN_AGE = 16;

    public static final int EARLIEST_YEAR = 1900;

    private static final Pattern EMAIL =
            Pattern.compile("^[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]+$");
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private ApplicationRules() {}

    /** The problems of one step; empty when the applicant may move on. */
    public static List<ApplicationProblem> check(ApplicationContent c, ApplicationStep step, int currentYear) {
        List<ApplicationProblem> problems = new ArrayList<>();
        switch (step) {
            case PERSONAL -> personal(c, currentYear, problems);
            case BACKGROUND -> background(c, currentYear, problems);
            case EXPERTISE -> expertise(c, problems);
            case MOTIVATION -> motivation(c, problems);
            case REVIEW -> {
                if (!c.isConsent()) {
                    problems.add(ApplicationProblem.at("consent", "forum.rule.consent"));
                }
            }
        }
        return problems;
    }

    /**
     * What must hold even in a draft, which may be incomplete: a contact address that is given is a well-formed
     * address (one line, no spaces), so nothing else can ever be sent to or stored as one.
     */
    public static List<ApplicationProblem> checkDraft(ApplicationContent c) {
        List<ApplicationProblem> problems = new ArrayList<>();
        if (!blank(c.getEmail()) && !validEmail(c.getEmail())) {
            problems.add(ApplicationProblem.at("email", "forum.rule.email"));
        }
        return problems;
    }

    private static boolean validEmail(String email) {
        return email.strip().length() <= 254 && EMAIL.matcher(email.strip()).matches();
    }

    /** Every problem of the whole application, as checked on submission, including the window and the CV. */
    public static List<ApplicationProblem> checkForSubmission(
            ApplicationContent c, boolean cvAttached, ForumCall call, Instant now, int currentYear) {
        List<ApplicationProblem> problems = new ArrayList<>();
        if (!call.isOpenAt(now)) {
            problems.add(ApplicationProblem.at(
                    null,
                    now.isBefore(call.getOpensAt())
                            ? "forum.eligibility.notYetOpen"
                            : "forum.application.windowClosed"));
        }
        for (ApplicationStep step : ApplicationStep.values()) {
            problems.addAll(check(c, step, currentYear));
            if (step == ApplicationStep.MOTIVATION && !cvAttached) {
                problems.add(ApplicationProblem.at("cv", "forum.rule.cvRequired"));
            }
        }
        return problems;
    }

    private static void personal(ApplicationContent c, int currentYear, List<ApplicationProblem> problems) {
        required(c.getFullName(), "fullName", 200, problems);
        if (blank(c.getEmail())) {
            problems.add(ApplicationProblem.at("email", "forum.rule.required"));
        } else if (!validEmail(c.getEmail())) {
            problems.add(ApplicationProblem.at("email", "forum.rule.email"));
        }
        int latest = currentYear - MIN_AGE;
        if (c.getYearOfBirth() == null) {
            problems.add(ApplicationProblem.at("yearOfBirth", "forum.rule.required"));
        } else if (c.getYearOfBirth() < EARLIEST_YEAR || c.getYearOfBirth() > latest) {
            problems.add(ApplicationProblem.at("yearOfBirth", "forum.rule.yearBetween", EARLIEST_YEAR, latest));
        }
        if (c.getGender() == null) {
            problems.add(ApplicationProblem.at("gender", "forum.rule.required"));
        }
    }

    private static void background(ApplicationContent c, int currentYear, List<ApplicationProblem> problems) {
        if (country(c.getCountryOfBirth(), "countryOfBirth", problems)
                && NordicRegion.contains(c.getCountryOfBirth())) {
            problems.add(ApplicationProblem.at("countryOfBirth", "forum.eligibility.bornInNordicRegion"));
        }
        country(c.getCountryOfOrigin(), "countryOfOrigin", problems);
        if (blank(c.getNewHomeCountry())) {
            problems.add(ApplicationProblem.at("newHomeCountry", "forum.rule.required"));
        } else if (!NordicRegion.contains(c.getNewHomeCountry())) {
            problems.add(ApplicationProblem.at("newHomeCountry", "forum.eligibility.notLivingInNordicRegion"));
        }
        Integer arrival = c.getYearOfArrival();
        if (arrival == null) {
            problems.add(ApplicationProblem.at("yearOfArrival", "forum.rule.required"));
        } else {
            int earliest = c.getYearOfBirth() == null ? EARLIEST_YEAR : c.getYearOfBirth();
            if (arrival < earliest || arrival > currentYear) {
                problems.add(ApplicationProblem.at("yearOfArrival", "forum.rule.yearBetween", earliest, currentYear));
            }
        }
        if (c.getLanguages().isEmpty()) {
            problems.add(ApplicationProblem.at("languages", "forum.rule.languages"));
        } else if (!LANGUAGES.containsAll(c.getLanguages())) {
            problems.add(ApplicationProblem.at("languages", "forum.rule.unknownLanguage"));
        }
    }

    private static void expertise(ApplicationContent c, List<ApplicationProblem> problems) {
        if (c.getAreas().isEmpty()) {
            problems.add(ApplicationProblem.at("areas", "forum.rule.areas"));
        }
        for (ExpertiseArea area : c.getAreas()) {
            String description = c.getDescriptions().get(area);
            String field = "description_" + area.name();
            if (blank(description)) {
                problems.add(ApplicationProblem.at(field, "forum.rule.describeArea"));
            } else if (description.strip().length() > ApplicationExpertise.MAX_DESCRIPTION) {
                problems.add(ApplicationProblem.at(field, "forum.rule.tooLong", ApplicationExpertise.MAX_DESCRIPTION));
            }
        }
        if (c.getCapacity() == null) {
            problems.add(ApplicationProblem.at("capacity", "forum.rule.required"));
        } else if (c.getCapacity() == ApplicantCapacity.ORGANISATION) {
            required(c.getOrganisation(), "organisation", 300, problems);
        }
    }

    private static void motivation(ApplicationContent c, List<ApplicationProblem> problems) {
        required(c.getMotivation(), "motivation", ApplicationContent.MAX_MOTIVATION, problems);
    }

    private static boolean country(String code, String field, List<ApplicationProblem> problems) {
        if (blank(code)) {
            problems.add(ApplicationProblem.at(field, "forum.rule.required"));
            return false;
        }
        if (!NordicRegion.isCountry(code)) {
            problems.add(ApplicationProblem.at(field, "forum.rule.unknownCountry"));
            return false;
        }
        return true;
    }

    private static void required(String text, String field, int max, List<ApplicationProblem> problems) {
        if (blank(text)) {
            problems.add(ApplicationProblem.at(field, "forum.rule.required"));
        } else if (text.strip().length() > max) {
            problems.add(ApplicationProblem.at(field, "forum.rule.tooLong", max));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
