package fi.cocreate.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.control.ConsultationAudience;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.EventType;
import fi.cocreate.consultation.entity.TargetGroup;
import fi.cocreate.consultation.entity.Theme;
import fi.cocreate.subscription.control.SubscriptionTokens;
import fi.cocreate.subscription.control.SubscriptionTokens.Purpose;
import fi.cocreate.subscription.entity.Subscription;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Signed subscription links, double opt-in and who a mail about a consultation reaches. */
class SubscriptionRulesTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OTHER_KEY = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);
    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void aSignedTokenNamesItsSubscriptionForItsPurposeOnly() {
        String token = SubscriptionTokens.sign(KEY, Purpose.MANAGE, 17);
        assertEquals(OptionalLong.of(17), SubscriptionTokens.verify(KEY, Purpose.MANAGE, token));
        assertTrue(SubscriptionTokens.verify(KEY, Purpose.CONFIRM, token).isEmpty(), "not a confirm link");
        assertTrue(SubscriptionTokens.verify(OTHER_KEY, Purpose.MANAGE, token).isEmpty(), "another key");
        assertNotEquals(token, SubscriptionTokens.sign(KEY, Purpose.CONFIRM, 17));
    }

    @Test
    void aTamperedOrBrokenTokenIsRefused() {
        String token = SubscriptionTokens.sign(KEY, Purpose.MANAGE, 17);
        String otherId = "18" + token.substring(token.indexOf('.'));
        assertTrue(SubscriptionTokens.verify(KEY, Purpose.MANAGE, otherId).isEmpty(), "cannot point at another");
        for (String broken : new String[] {
            null,
            "",
            ".",
            "17",
            "17.",
            "abc.def",
            "17.!!!",
            token + "x",
            token.substring(0, token.length() - 2),
            "99999999999999999999999." + token
        }) {
            assertTrue(SubscriptionTokens.verify(KEY, Purpose.MANAGE, broken).isEmpty(), String.valueOf(broken));
        }
    }

    @Test
    void anUnconfirmedSubscriberWantsNothingUntilConfirmed() {
        Subscription subscription = new Subscription(
                " Someone@Example.ORG ", "sv", EnumSet.of(TargetGroup.RESEARCHERS), Theme.setOf(Theme.INCLUSION), NOW);
        assertEquals("someone@example.org", subscription.getEmail());
        assertFalse(subscription.wants(EnumSet.of(TargetGroup.RESEARCHERS), Set.of()));
        subscription.confirm(NOW);
        assertTrue(subscription.wants(EnumSet.of(TargetGroup.RESEARCHERS), Set.of()));
        assertTrue(subscription.wants(Set.of(), Theme.setOf(Theme.INCLUSION)));
        assertFalse(subscription.wants(EnumSet.of(TargetGroup.EMPLOYERS), Theme.setOf(Theme.LABOUR_MARKET)));
    }

    @Test
    void aSubscriptionNeedsAtLeastOneChoiceAndAKnownLanguage() {
        assertEquals(
                "subscription.nothingChosen",
                assertThrows(
                                BusinessException.class,
                                () -> new Subscription("a@example.org", "fi", Set.of(), Set.of(), NOW))
                        .getMessageKey());
        assertEquals(
                "fi",
                new Subscription("a@example.org", "de", EnumSet.of(TargetGroup.EMPLOYERS), Set.of(), NOW)
                        .getLanguage());
    }

    @Test
    void aConsultationsAudienceIsItsOwnAndItsEventsTargetGroupsAndItsThemes() {
        Consultation consultation =
                new Consultation(null, LocalizedText.of("K", null, null), null, NOW, NOW.plusSeconds(86400), NOW);
        consultation.classify(Theme.setOf(Theme.INCLUSION), EnumSet.of(TargetGroup.MUNICIPALITIES));
        consultation
                .addEvent(EventType.WORKSHOP, LocalizedText.of("A", null, null), NOW, NOW.plusSeconds(60), null, null)
                .describe(null, EnumSet.of(TargetGroup.ORGANISATIONS));
        consultation
                .addEvent(
                        EventType.RESEARCHERS_EVENT,
                        LocalizedText.of("B", null, null),
                        NOW,
                        NOW.plusSeconds(60),
                        null,
                        null)
                .describe(null, EnumSet.of(TargetGroup.RESEARCHERS, TargetGroup.ORGANISATIONS));
        assertEquals(
                EnumSet.of(TargetGroup.ORGANISATIONS, TargetGroup.RESEARCHERS, TargetGroup.MUNICIPALITIES),
                ConsultationAudience.targetGroups(consultation));
        assertEquals(Theme.setOf(Theme.INCLUSION), ConsultationAudience.themes(consultation));
    }
}
