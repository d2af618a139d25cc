package fi.cocreate.forum;

import static fi.cocreate.forum.ApplicationFixtures.CLOSES;
import static fi.cocreate.forum.ApplicationFixtures.OPENS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.common.BusinessException;
import fi.cocreate.forum.entity.ApplicationStatus;
import fi.cocreate.forum.entity.ExpertiseArea;
import fi.cocreate.forum.entity.ForumApplication;
import fi.cocreate.forum.entity.ForumCall;
import fi.cocreate.forum.entity.Gender;
import fi.cocreate.identity.entity.Account;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The application's life cycle as the entity guards it: window, edits, withdrawal, decision and erasure. */
class ForumApplicationTest {

    private final ForumCall call = ApplicationFixtures.call();
    private final Account applicant = new Account("leila@example.org", "Leila", "hash", "en", OPENS);
    private final Instant during = OPENS.plusSeconds(3600);

    private ForumApplication draft() {
        ForumApplication application = new ForumApplication(call, applicant, "sv", during);
        application.fill(ApplicationFixtures.complete(), during);
        return application;
    }

    @Test
    void theCallIsOpenFromItsOpeningSecondUntilOneSecondBeforeItCloses() {
        assertFalse(call.isOpenAt(OPENS.minusSeconds(1)));
        assertTrue(call.isOpenAt(OPENS));
        assertTrue(call.isOpenAt(CLOSES.minusSeconds(1)));
        assertFalse(call.isOpenAt(CLOSES));
        assertFalse(call.isOpenAt(CLOSES.plusSeconds(1)));
    }

    @Test
    void aDraftIsSubmittedOnceAndEditedUntilTheWindowCloses() {
        ForumApplication application = draft();
        assertTrue(application.submit(during), "the first submission");
        assertEquals(ApplicationStatus.SUBMITTED, application.getStatus());
        application.fill(ApplicationFixtures.complete(), CLOSES.minusSeconds(1));
        assertFalse(application.submit(CLOSES.minusSeconds(1)), "a re-submission after an edit");
        BusinessException late =
                assertThrows(BusinessException.class, () -> application.fill(ApplicationFixtures.complete(), CLOSES));
        assertEquals("forum.application.windowClosed", late.getMessageKey());
    }

    @Test
    void submittingOneSecondAfterTheCloseIsRefusedAndTheDraftStaysADraft() {
        ForumApplication application = draft();
        BusinessException e = assertThrows(BusinessException.class, () -> application.submit(CLOSES.plusSeconds(1)));
        assertEquals("forum.application.windowClosed", e.getMessageKey());
        assertEquals(ApplicationStatus.DRAFT, application.getStatus());
        assertEquals("Leila Example", application.getFullName(), "nothing saved is lost");
    }

    @Test
    void withdrawnApplicationsCannotBeSubmittedOrEdited() {
        ForumApplication application = draft();
        application.submit(during);
        application.withdraw(during);
        assertEquals(ApplicationStatus.WITHDRAWN, application.getStatus());
        assertThrows(BusinessException.class, () -> application.submit(during));
        assertThrows(BusinessException.class, () -> application.withdraw(during));
    }

    @Test
    void theDecisionComesOnlyAfterTheWindowHasClosed() {
        ForumApplication application = draft();
        application.submit(during);
        assertThrows(BusinessException.class, () -> application.decide(ApplicationStatus.SELECTED, during));
        application.startReview(CLOSES);
        assertEquals(ApplicationStatus.UNDER_REVIEW, application.getStatus());
        application.decide(ApplicationStatus.WAITING_LIST, CLOSES);
        assertEquals(ApplicationStatus.WAITING_LIST, application.getStatus());
        assertThrows(IllegalArgumentException.class, () -> application.decide(ApplicationStatus.DRAFT, CLOSES));
        assertThrows(BusinessException.class, () -> application.withdraw(CLOSES), "no withdrawal after a decision");
    }

    @Test
    void aDraftCannotBeDecided() {
        ForumApplication application = draft();
        assertThrows(BusinessException.class, () -> application.decide(ApplicationStatus.SELECTED, CLOSES));
    }

    @Test
    void erasureKeepsOnlyNonIdentifyingStatistics() {
        ForumApplication application = draft();
        application.submit(during);
        application.decide(ApplicationStatus.NOT_SELECTED, CLOSES);
        application.erasePersonalData(CLOSES);
        assertNull(application.getFullName());
        assertNull(application.getApplicantEmail());
        assertNull(application.getYearOfBirth());
        assertNull(application.getCountryOfBirth());
        assertNull(application.getMotivation());
        assertNull(application.getApplicant());
        assertTrue(application.getLanguages().isEmpty());
        assertNull(application.getExpertiseDetails().get(0).getDescription());
        assertEquals(Set.of(ExpertiseArea.EDUCATION), application.getExpertise());
        assertEquals(Gender.WOMAN, application.getGender());
        assertEquals("FI", application.getNewHomeCountry());
        assertEquals(ApplicationStatus.NOT_SELECTED, application.getStatus());
        assertTrue(application.isErased());
    }

    @Test
    void contentRoundTripsThroughTheEntity() {
        ForumApplication application = draft();
        assertEquals(
                ApplicationFixtures.complete().getMotivation(),
                application.content().getMotivation());
        assertEquals(
                ApplicationFixtures.complete().getDescriptions(),
                application.content().getDescriptions());
        assertEquals(java.util.List.of("ar", "en", "fi"), application.content().getLanguages());
        assertTrue(application.content().isConsent());
        assertEquals(during, application.getConsentGivenAt());
    }
}
