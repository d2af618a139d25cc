package fi.cocreate.consultation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.control.ThemeNames;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** A consultation's own themes: the labels' rules, the versioned rename, and how such a theme is named and stored. */
class OwnThemeRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private final Consultation consultation =
            new Consultation(null, LocalizedText.of("Kuuleminen", null, "C"), null, NOW, NOW.plusSeconds(86_400), NOW);

    private ConsultationTheme theme(String fi, String sv, String en, List<String> taken) {
        return new ConsultationTheme(consultation, fi, sv, en, taken, "staff@example.org", NOW);
    }

    @Test
    void theFinnishLabelIsRequiredAndEveryLabelIsTrimmedAndBounded() {
        assertEquals(
                "ownTheme.fiRequired",
                assertThrows(BusinessException.class, () -> theme("  ", "Boende", "Housing", List.of()))
                        .getMessageKey());
        assertEquals(
                "ownTheme.fiRequired",
                assertThrows(BusinessException.class, () -> theme(null, null, "Housing", List.of()))
                        .getMessageKey());
        String eighty = "a".repeat(80);
        assertEquals(eighty, theme(eighty, null, null, List.of()).getLabel().getFi());
        assertEquals(
                "ownTheme.tooLong",
                assertThrows(BusinessException.class, () -> theme("Asuminen", "a".repeat(81), null, List.of()))
                        .getMessageKey());
        assertEquals(
                "ownTheme.invalid",
                assertThrows(BusinessException.class, () -> theme("Asu\nminen", null, null, List.of()))
                        .getMessageKey());
        ConsultationTheme housing = theme("  Asuminen ", " ", "Housing ", List.of());
        assertEquals("Asuminen", housing.getLabel().getFi());
        assertNull(housing.getLabel().getSv());
        assertEquals("Housing", housing.getLabel().getEn());
    }

    @Test
    void aLabelAnotherThemeHasIsRefusedWhateverTheCase() {
        BusinessException refused = assertThrows(
                BusinessException.class, () -> theme("TYÖMARKKINAT", null, null, List.of("Työmarkkinat", "Asuminen")));
        assertEquals("ownTheme.duplicate", refused.getMessageKey());
        theme("Työmarkkinat ja asuminen", null, null, List.of("Työmarkkinat"));
    }

    @Test
    void aRenameFromAStalePageIsRefusedAndKeepsTheLabel() {
        ConsultationTheme housing = theme("Asuminen", null, null, List.of());
        BusinessException stale = assertThrows(
                BusinessException.class,
                () -> housing.rename(
                        "Asuntopolitiikka", null, null, List.of(), housing.getVersion() + 1, "other@example.org", NOW));
        assertEquals("edit.changedMeanwhile", stale.getMessageKey());
        assertEquals("staff@example.org", stale.getArguments()[0], "names who changed it");
        assertEquals("Asuminen", housing.getLabel().getFi());
        housing.rename(
                "Asuntopolitiikka", "Bostadspolitik", null, List.of(), housing.getVersion(), "other@example.org", NOW);
        assertEquals("Bostadspolitik", housing.getLabel().getSv());
        assertEquals("other@example.org", housing.getLastEdit().getBy());
    }

    @Test
    void anOwnThemeIsNamedByIdAndStoredBesideTheSevenUnchanged() throws Exception {
        ConsultationTheme housing = theme("Asuminen", "Boende", "Housing", List.of());
        Field id = ConsultationTheme.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(housing, 12L);
        Theme own = housing.theme();
        assertEquals("OWN_12", own.name());
        assertTrue(own.isOwn());
        assertEquals(12L, own.ownId());
        assertEquals(own, Theme.valueOf("OWN_12"));
        assertSame(Theme.INCLUSION, Theme.valueOf("INCLUSION"), "the seven stay the same instances");
        assertFalse(Theme.INCLUSION.isOwn());
        assertEquals(7, Theme.values().length);
        assertTrue(Theme.ROLE_OF_ORGANISATIONS.compareTo(own) < 0, "the seven first, then the own ones");
        for (String bad : List.of("OWN_", "OWN_x", "OWN_-1", "own_1", "LABOUR", "OWN_0")) {
            assertThrows(IllegalArgumentException.class, () -> Theme.valueOf(bad), bad);
        }
        ThemeConverter stored = new ThemeConverter();
        assertEquals("LABOUR_MARKET", stored.convertToDatabaseColumn(Theme.LABOUR_MARKET));
        assertEquals(own, stored.convertToEntityAttribute(stored.convertToDatabaseColumn(own)));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(Theme.GOOD_RELATIONS);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertSame(Theme.GOOD_RELATIONS, in.readObject(), "a view kept in the session keeps the constant");
        }

        ThemeNames names = new ThemeNames(Map.of(12L, housing.getLabel()));
        Locale sv = Locale.forLanguageTag("sv");
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.consultation", sv);
        assertEquals("Boende", names.name(own, bundle, sv));
        assertEquals(bundle.getString("theme.INCLUSION"), names.name(Theme.INCLUSION, bundle, sv));
        assertEquals("OWN_99", names.name(Theme.own(99), bundle, sv), "an unknown own theme shows its stored name");
        assertEquals("Housing", names.label(own).getEn());
    }

    @Test
    void subscriptionsAndAConsultationsClassificationStayOnTheSeven() {
        assertThrows(IllegalArgumentException.class, () -> consultation.classify(List.of(Theme.own(3)), List.of()));
        consultation.classify(List.of(Theme.INCLUSION), List.of());
        assertEquals(Theme.setOf(Theme.INCLUSION), consultation.getThemes());
    }
}
