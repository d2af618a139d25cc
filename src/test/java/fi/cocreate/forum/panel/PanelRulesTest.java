package fi.cocreate.forum.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.LocalizedText;
import fi.cocreate.forum.control.ApplicationScore;
import fi.cocreate.forum.control.Candidate;
import fi.cocreate.forum.control.DiversityRule;
import fi.cocreate.forum.panel.control.AgeBands;
import fi.cocreate.forum.panel.control.ApplicantProfile;
import fi.cocreate.forum.panel.control.OriginRegions;
import fi.cocreate.forum.panel.control.SelectionDimension;
import fi.cocreate.forum.panel.entity.PanelMember;
import fi.cocreate.forum.panel.entity.PanelRound;
import fi.cocreate.forum.panel.entity.RubricCriterion;
import fi.cocreate.forum.panel.entity.ScoreSheet;
import fi.cocreate.forum.panel.entity.SelectionRule;
import fi.cocreate.identity.entity.Account;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The panel's entity rules and the mapping of applicants, rubrics and rules to the solver core. */
class PanelRulesTest {

    private static final Instant NOW = Instant.parse("2021-09-10T10:00:00Z");

    @Test
    void ageBandIsJudgedInTheReferenceYear() {
        assertEquals(Optional.of("under30"), AgeBands.of(1995, 2021));
        assertEquals(Optional.of("30to39"), AgeBands.of(1991, 2021));
        assertEquals(Optional.of("40to49"), AgeBands.of(1972, 2021));
        assertEquals(Optional.of("50to59"), AgeBands.of(1962, 2021));
        assertEquals(Optional.of("60plus"), AgeBands.of(1961, 2021));
        assertEquals(Optional.empty(), AgeBands.of(null, 2021));
        assertEquals(Optional.empty(), AgeBands.of(2030, 2021));
    }

    @Test
    void countryOfOriginMapsToOneRegion() {
        assertEquals(Optional.of("mena"), OriginRegions.of("SY"));
        assertEquals(Optional.of("subSaharanAfrica"), OriginRegions.of("so"));
        assertEquals(Optional.of("southCentralAsia"), OriginRegions.of("AF"));
        assertEquals(Optional.of("latinAmerica"), OriginRegions.of("CL"));
        assertEquals(Optional.of("europe"), OriginRegions.of("UA"));
        assertEquals(Optional.empty(), OriginRegions.of("ZZ"));
        assertEquals(Optional.empty(), OriginRegions.of(null));
    }

    @Test
    void applicantBecomesCandidateWithMeanOnTheOneToFiveScale() {
        ApplicantProfile profile =
                new ApplicantProfile(42, Set.of("education", "labourMarket"), "woman", 1985, "IQ", "FI");
        ApplicationScore score = new ApplicationScore("42", 3.5, 3.912345678, 3, 0, 0.4, 1.0, false);
        Candidate normalised = profile.toCandidate(score, true, 2021);
        assertEquals("42", normalised.id());
        assertEquals(3.9123, normalised.score(), 1e-9);
        assertEquals(3.5, profile.toCandidate(score, false, 2021).score(), 1e-9);
        assertTrue(normalised.has("area", "education") && normalised.has("area", "labourMarket"));
        assertTrue(normalised.has("gender", "woman"));
        assertTrue(normalised.has("ageBand", "30to39"));
        assertTrue(normalised.has("regionOfOrigin", "mena"));
        assertTrue(normalised.has("homeCountry", "FI"));
        ApplicantProfile sparse = new ApplicantProfile(7, Set.of(), null, null, null, null);
        assertTrue(sparse.toCandidate(score, true, 2021).attributes().isEmpty(), "empty dimensions are left out");
    }

    @Test
    void selectionRuleMapsToDiversityRuleAndRefusesNonsense() {
        assertEquals(
                DiversityRule.between("homeCountry", "IS", 1, 3),
                new SelectionRule(1, SelectionDimension.HOME_COUNTRY, "IS", 1, 3).toDiversityRule());
        assertEquals(
                DiversityRule.atLeast("gender", "WOMAN", 7),
                new SelectionRule(1, SelectionDimension.GENDER, "WOMAN", 7, null).toDiversityRule());
        assertEquals(
                "panel.rule.maxBelowMin",
                assertThrows(
                                BusinessException.class,
                                () -> new SelectionRule(1, SelectionDimension.AREA, "HEALTH_AND_SOCIAL_SERVICES", 3, 2))
                        .getMessageKey());
        assertEquals(
                "panel.rule.empty",
                assertThrows(
                                BusinessException.class,
                                () -> new SelectionRule(
                                        1, SelectionDimension.AREA, "HEALTH_AND_SOCIAL_SERVICES", 0, null))
                        .getMessageKey());
        assertEquals(
                "panel.rule.valueUnknown",
                assertThrows(
                                BusinessException.class,
                                () -> new SelectionRule(1, SelectionDimension.GENDER, "DISCRIMINATION", 1, null))
                        .getMessageKey());
    }

    @Test
    void submittedScoreSheetNeedsEveryCriterionAndIsFinal() {
        PanelMember member = new PanelMember(1, new Account("p@x.fi", "P", "h", "fi", NOW), NOW);
        ScoreSheet sheet = new ScoreSheet(9, member, NOW);
        List<Long> criteria = List.of(1L, 2L);
        sheet.saveDraft(Map.of(1L, 4), "draft", criteria, NOW);
        assertFalse(sheet.isSubmitted());
        assertTrue(sheet.toPanelScores().isEmpty(), "a draft never reaches the aggregation");
        assertEquals(
                "panel.score.incomplete",
                assertThrows(BusinessException.class, () -> sheet.submit(Map.of(1L, 4), null, criteria, NOW))
                        .getMessageKey());
        assertEquals(
                "panel.score.valueRange",
                assertThrows(BusinessException.class, () -> sheet.submit(Map.of(1L, 4, 2L, 6), null, criteria, NOW))
                        .getMessageKey());
        sheet.submit(Map.of(1L, 4, 2L, 2), "fine", criteria, NOW);
        assertEquals(2, sheet.toPanelScores().size());
        assertEquals(
                "panel.score.alreadySubmitted",
                assertThrows(BusinessException.class, () -> sheet.saveDraft(Map.of(1L, 5), null, criteria, NOW))
                        .getMessageKey());
    }

    @Test
    void criterionNeedsADescriptorForEveryLevelAndAPositiveWeight() {
        LocalizedText name = LocalizedText.of("Asiantuntemus", "Sakkunskap", "Expertise");
        List<LocalizedText> five = Collections.nCopies(5, LocalizedText.of("a", "b", "c"));
        RubricCriterion criterion = new RubricCriterion(1, 0, name, 2, five);
        assertEquals(5, criterion.getLevels().size());
        assertEquals(1, criterion.getLevels().get(0).getLevel());
        assertEquals(
                "panel.rubric.levelsRequired",
                assertThrows(BusinessException.class, () -> new RubricCriterion(1, 0, name, 2, five.subList(0, 4)))
                        .getMessageKey());
        assertEquals(
                "panel.rubric.weightRange",
                assertThrows(BusinessException.class, () -> new RubricCriterion(1, 0, name, 0, five))
                        .getMessageKey());
    }

    @Test
    void confirmedRoundRefusesChanges() {
        PanelRound round = new PanelRound(1, 20);
        round.configure(2, false, 1.0, 2.0);
        round.confirm("staff@x.fi", NOW);
        assertEquals(
                "panel.round.confirmed",
                assertThrows(BusinessException.class, () -> round.setForumSize(10))
                        .getMessageKey());
        assertEquals(
                "panel.round.confirmed",
                assertThrows(BusinessException.class, () -> round.confirm("staff@x.fi", NOW))
                        .getMessageKey());
    }
}
