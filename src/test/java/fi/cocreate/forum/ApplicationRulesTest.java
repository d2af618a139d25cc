package fi.cocreate.forum;

import static fi.cocreate.forum.ApplicationFixtures.CLOSES;
import static fi.cocreate.forum.ApplicationFixtures.OPENS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.forum.control.ApplicationProblem;
import fi.cocreate.forum.control.ApplicationRules;
import fi.cocreate.forum.control.ApplicationStep;
import fi.cocreate.forum.entity.ApplicantCapacity;
import fi.cocreate.forum.entity.ApplicationContent;
import fi.cocreate.forum.entity.ExpertiseArea;
import fi.cocreate.forum.entity.ForumCall;
import fi.cocreate.forum.entity.NordicRegion;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Eligibility, completeness per step and the call's window, as the form and the submission check them. */
class ApplicationRulesTest {

    private static final Instant DURING = OPENS.plus(Duration.ofDays(10));
    private final ForumCall call = ApplicationFixtures.call();

    private static List<String> keys(List<ApplicationProblem> problems) {
        return problems.stream().map(p -> p.field() + ":" + p.key()).toList();
    }

    private List<ApplicationProblem> submitAt(ApplicationContent content, Instant now) {
        return ApplicationRules.checkForSubmission(content, true, call, now, 2021);
    }

    @Test
    void aCompleteEligibleApplicationInsideTheWindowHasNoProblems() {
        assertEquals(List.of(), submitAt(ApplicationFixtures.complete(), DURING));
    }

    @ParameterizedTest
    @ValueSource(strings = {"DK", "FI", "IS", "NO", "SE", "FO", "GL", "AX"})
    void someoneBornInTheNordicRegionIsNotEligible(String country) {
        ApplicationContent content = ApplicationFixtures.complete();
        content.setCountryOfBirth(country);
        assertEquals(
                List.of("countryOfBirth:forum.eligibility.bornInNordicRegion"),
                keys(ApplicationRules.check(content, ApplicationStep.BACKGROUND, 2021)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"DK", "FI", "IS", "NO", "SE", "FO", "GL", "AX"})
    void everyNordicCountryAndAutonomousAreaCountsAsANewHome(String country) {
        ApplicationContent content = ApplicationFixtures.complete();
        content.setNewHomeCountry(country);
        assertEquals(List.of(), ApplicationRules.check(content, ApplicationStep.BACKGROUND, 2021));
        assertTrue(NordicRegion.isCountry(country), country + " is an ISO 3166 code Java knows");
    }

    @Test
    void someoneLivingOutsideTheNordicRegionIsNotEligible() {
        ApplicationContent content = ApplicationFixtures.complete();
        content.setNewHomeCountry("DE");
        assertEquals(
                List.of("newHomeCountry:forum.eligibility.notLivingInNordicRegion"),
                keys(ApplicationRules.check(content, ApplicationStep.BACKGROUND, 2021)));
    }

    @Test
    void anUnknownCountryCodeIsRefused() {
        ApplicationContent content = ApplicationFixtures.complete();
        content.setCountryOfOrigin("XX");
        assertEquals(
                List.of("countryOfOrigin:forum.rule.unknownCountry"),
                keys(ApplicationRules.check(content, ApplicationStep.BACKGROUND, 2021)));
    }

    @Test
    void submissionOneSecondBeforeTheWindowOpensIsRefused() {
        assertEquals(
                List.of("null:forum.eligibility.notYetOpen"),
                keys(submitAt(ApplicationFixtures.complete(), OPENS.minusSeconds(1))));
    }

    @Test
    void submissionAtTheOpeningSecondIsAccepted() {
        assertEquals(List.of(), submitAt(ApplicationFixtures.complete(), OPENS));
    }

    @Test
    void submissionOneSecondBeforeTheCloseIsAccepted() {
        assertEquals(List.of(), submitAt(ApplicationFixtures.complete(), CLOSES.minusSeconds(1)));
    }

    @Test
    void submissionAtTheCloseAndOneSecondAfterIsRefused() {
        assertEquals(
                List.of("null:forum.application.windowClosed"), keys(submitAt(ApplicationFixtures.complete(), CLOSES)));
        assertEquals(
                List.of("null:forum.application.windowClosed"),
                keys(submitAt(ApplicationFixtures.complete(), CLOSES.plusSeconds(1))));
    }

    @Test
    void personalStepNeedsNameEmailPlausibleYearAndGender() {
        ApplicationContent content = new ApplicationContent();
        content.setEmail("not-an-address");
        content.setYearOfBirth(2015);
        assertEquals(
                List.of(
                        "fullName:forum.rule.required",
                        "email:forum.rule.email",
                        "yearOfBirth:forum.rule.yearBetween",
                        "gender:forum.rule.required"),
                keys(ApplicationRules.check(content, ApplicationStep.PERSONAL, 2021)));
    }

    @Test
    void arrivalCannotBeBeforeBirthNorInTheFuture() {
        ApplicationContent content = ApplicationFixtures.complete();
        content.setYearOfArrival(1980);
        assertEquals(
                List.of("yearOfArrival:forum.rule.yearBetween"),
                keys(ApplicationRules.check(content, ApplicationStep.BACKGROUND, 2021)));
        content.setYearOfArrival(2022);
        assertEquals(
                List.of("yearOfArrival:forum.rule.yearBetween"),
                keys(ApplicationRules.check(content, ApplicationStep.BACKGROUND, 2021)));
    }

    @Test
    void atLeastOneAreaIsNeededAndEachNeedsADescription() {
        ApplicationContent content = ApplicationFixtures.complete();
        content.setAreas(List.of());
        assertEquals(
                List.of("areas:forum.rule.areas"),
                keys(ApplicationRules.check(content, ApplicationStep.EXPERTISE, 2021)));
        content.setAreas(List.of(ExpertiseArea.EDUCATION, ExpertiseArea.DEMOCRACY));
        assertEquals(
                List.of("description_DEMOCRACY:forum.rule.describeArea"),
                keys(ApplicationRules.check(content, ApplicationStep.EXPERTISE, 2021)));
    }

    @Test
    void anOrganisationsRepresentativeNamesTheOrganisation() {
        ApplicationContent content = ApplicationFixtures.complete();
        content.setCapacity(ApplicantCapacity.ORGANISATION);
        assertEquals(
                List.of("organisation:forum.rule.required"),
                keys(ApplicationRules.check(content, ApplicationStep.EXPERTISE, 2021)));
    }

    @Test
    void motivationIsLengthLimited() {
        ApplicationContent content = ApplicationFixtures.complete();
        content.setMotivation("x".repeat(ApplicationContent.MAX_MOTIVATION));
        assertEquals(List.of(), ApplicationRules.check(content, ApplicationStep.MOTIVATION, 2021));
        content.setMotivation("x".repeat(ApplicationContent.MAX_MOTIVATION + 1));
        assertEquals(
                List.of("motivation:forum.rule.tooLong"),
                keys(ApplicationRules.check(content, ApplicationStep.MOTIVATION, 2021)));
    }

    @Test
    void submissionNeedsConsentAndACv() {
        ApplicationContent content = ApplicationFixtures.complete();
        content.setConsent(false);
        List<String> problems = keys(ApplicationRules.checkForSubmission(content, false, call, DURING, 2021));
        assertEquals(List.of("cv:forum.rule.cvRequired", "consent:forum.rule.consent"), problems);
    }

    @Test
    void languagesMustBeKnownIsoCodes() {
        ApplicationContent content = ApplicationFixtures.complete();
        content.setLanguages(List.of("fi", "klingon"));
        assertFalse(ApplicationRules.check(content, ApplicationStep.BACKGROUND, 2021)
                .isEmpty());
    }

    @Test
    void aDraftMayBeIncompleteButAnAddressGivenMustBeOneWellFormedAddress() {
        ApplicationContent draft = new ApplicationContent();
        assertEquals(List.of(), ApplicationRules.checkDraft(draft), "an empty draft is fine");
        for (String bad : List.of(
                "a@example.test\r\nBcc: b@example.test", "no-at-sign", "a b@example.test", "a@example.test\u0000")) {
            draft.setEmail(bad);
            assertEquals(
                    List.of("email"),
                    ApplicationRules.checkDraft(draft).stream()
                            .map(ApplicationProblem::field)
                            .toList(),
                    bad);
        }
        draft.setEmail(" someone@example.test ");
        assertEquals(List.of(), ApplicationRules.checkDraft(draft));
    }
}
