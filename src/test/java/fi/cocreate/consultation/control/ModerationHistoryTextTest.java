package fi.cocreate.consultation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.cocreate.audit.entity.AuditAction;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The moderation history names kinds, reactions and channels in the reader's language, never as enum names. */
class ModerationHistoryTextTest {

    private static UnaryOperator<String> labels(String language) {
        Locale locale = Locale.forLanguageTag(language);
        ResourceBundle ct = ResourceBundle.getBundle("i18n.consultation", locale);
        ResourceBundle text = ResourceBundle.getBundle("i18n.text", locale);
        return key -> ct.containsKey(key) ? ct.getString(key) : text.getString(key);
    }

    @Test
    void redactionKindsAreTranslatedAndTheReasonKept() {
        assertEquals(
                "2. Kohta poistettu: henkil\u00f6tietoja",
                ModerationHistoryText.detail(
                        AuditAction.RESPONSE_REDACTED, "2. PASSAGE: henkil\u00f6tietoja", labels("fi")));
        String sv = ModerationHistoryText.detail(AuditAction.REDACTION_WITHDRAWN, "1. ANSWER", labels("sv"));
        assertEquals(
                "1. "
                        + ResourceBundle.getBundle("i18n.consultation", Locale.forLanguageTag("sv"))
                                .getString("redaction.kind.ANSWER"),
                sv);
    }

    @Test
    void reactionsChannelsAndTheAcceptedAfterRedactionMarkAreTranslated() {
        UnaryOperator<String> en = labels("en");
        assertEquals(
                "#5 " + en.apply("proposalReaction.NOT_ADOPTED") + ": not in this act",
                ModerationHistoryText.detail(AuditAction.PROPOSAL_ANSWERED, "#5 NOT_ADOPTED: not in this act", en));
        assertEquals(
                en.apply("responseChannel.EVENT") + " Workshop",
                ModerationHistoryText.detail(AuditAction.RESPONSE_ENTERED, "EVENT Workshop", en));
        assertEquals(
                en.apply("audit.action.RESPONSE_REDACTED"),
                ModerationHistoryText.detail(AuditAction.RESPONSE_ACCEPTED, "RESPONSE_REDACTED", en));
    }

    @Test
    void staffsOwnWordsStayAsTheyAre() {
        UnaryOperator<String> fi = labels("fi");
        assertEquals(
                "PASSAGE-sana on syy",
                ModerationHistoryText.detail(AuditAction.RESPONSE_HIDDEN, "PASSAGE-sana on syy", fi));
        assertEquals("", ModerationHistoryText.detail(AuditAction.RESPONSE_ACCEPTED, null, fi));
        assertEquals("#7 MAYBE", ModerationHistoryText.detail(AuditAction.PROPOSAL_ANSWERED, "#7 MAYBE", fi));
    }
}
