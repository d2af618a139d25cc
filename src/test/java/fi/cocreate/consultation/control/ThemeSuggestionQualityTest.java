package fi.cocreate.consultation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.demo.DemoPassages;
import fi.cocreate.demo.DemoPassages.CodedPassage;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The theme suggestions' quality, measured by 5-fold cross-validation on the coded demo passages (the table is
 * printed; docs/benchmarks.md records it). The floors sit a little below what was measured, so a broken analysis or
 * model fails here.
 */
class ThemeSuggestionQualityTest {

    @Test
    void theDemoSetHasAtLeast300CodedPassagesInEachOfTheThreeLanguages() {
        List<CodedPassage> passages = DemoPassages.all();
        assertTrue(passages.size() >= 300, "passages: " + passages.size());
        Map<String, Long> byLanguage =
                passages.stream().collect(Collectors.groupingBy(CodedPassage::language, Collectors.counting()));
        assertEquals(java.util.Set.of("fi", "sv", "en"), byLanguage.keySet());
        byLanguage.values().forEach(n -> assertTrue(n >= 100, "per language: " + byLanguage));
    }

    @Test
    void fiveFoldCrossValidationReachesTheMeasuredQuality() {
        ThemeSuggestionQuality.Result result = ThemeSuggestionQuality.crossValidate(DemoPassages.all(), 5, 16);
        System.out.print(result.table());
        assertTrue(result.microF1() >= FLOOR_MICRO_F1, result.table());
        assertTrue(result.macroF1() >= FLOOR_MACRO_F1, result.table());
    }

    static final double FLOOR_MICRO_F1 = 0.58;
    static final double FLOOR_MACRO_F1 = 0.57;
}
