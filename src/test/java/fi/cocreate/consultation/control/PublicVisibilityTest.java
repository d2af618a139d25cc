package fi.cocreate.consultation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.consultation.entity.ModerationState;
import fi.cocreate.consultation.entity.OrganisationType;
import fi.cocreate.consultation.entity.Theme;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PublicVisibilityTest {

    @Test
    void anAcceptedSubmittedResponseWithConsentIsPublic() {
        assertTrue(PublicVisibility.isPublic(true, ModerationState.ACCEPTED, true, true));
    }

    @Test
    void aRedactedResponseWithConsentIsPublicInItsRedactedForm() {
        assertTrue(PublicVisibility.isPublic(true, ModerationState.REDACTED, true, true));
    }

    @ParameterizedTest
    @EnumSource(ModerationState.class)
    void withoutTheOrganisationsConsentNothingIsPublic(ModerationState state) {
        assertFalse(PublicVisibility.isPublic(true, state, false, true));
    }

    @Test
    void hiddenAndMerelyReceivedResponsesAreNeverPublic() {
        assertFalse(PublicVisibility.isPublic(true, ModerationState.HIDDEN, true, true));
        assertFalse(PublicVisibility.isPublic(true, ModerationState.RECEIVED, true, true));
    }

    @Test
    void aResponseThatWasNeverSubmittedIsNeverPublic() {
        assertFalse(PublicVisibility.isPublic(false, ModerationState.ACCEPTED, true, true));
    }

    @Test
    void theModerationFilterCombinesItsCriteriaAndIgnoresEmptyOnes() {
        assertTrue(ModerationFilter.NONE.matches(
                OrganisationType.MUNICIPALITY, List.of(), Set.of(), ModerationState.RECEIVED));
        ModerationFilter filter =
                new ModerationFilter(OrganisationType.ASSOCIATION, 7L, Theme.INCLUSION, ModerationState.ACCEPTED);
        assertTrue(filter.matches(
                OrganisationType.ASSOCIATION, List.of(7L), Set.of(Theme.INCLUSION), ModerationState.ACCEPTED));
        assertFalse(filter.matches(
                OrganisationType.MUNICIPALITY, List.of(7L), Set.of(Theme.INCLUSION), ModerationState.ACCEPTED));
        assertFalse(filter.matches(
                OrganisationType.ASSOCIATION, List.of(8L), Set.of(Theme.INCLUSION), ModerationState.ACCEPTED));
        assertFalse(filter.matches(
                OrganisationType.ASSOCIATION, List.of(7L), Set.of(Theme.LABOUR_MARKET), ModerationState.ACCEPTED));
        assertEquals(
                false,
                filter.matches(
                        OrganisationType.ASSOCIATION, List.of(7L), Set.of(Theme.INCLUSION), ModerationState.HIDDEN));
    }

    @Test
    void aNewerVersionSubmittedAfterTheDecisionWaitsForStaffToLookAgain() {
        assertFalse(PublicVisibility.isPublic(true, ModerationState.ACCEPTED, true, false));
        assertFalse(PublicVisibility.isPublic(true, ModerationState.REDACTED, true, false));
    }
}
