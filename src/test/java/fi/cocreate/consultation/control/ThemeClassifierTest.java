package fi.cocreate.consultation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.consultation.control.ThemeClassifier.Example;
import fi.cocreate.consultation.control.ThemeTextAnalysis.Language;
import fi.cocreate.consultation.entity.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ThemeClassifierTest {

    private static final Set<Theme> ALL = Theme.seed();

    @Test
    void theLanguageIsToldByItsStopWords() {
        assertEquals(
                Language.FI,
                ThemeTextAnalysis.languageOf("Järjestöt tavoittavat ne, joita viranomaiset eivät tavoita."));
        assertEquals(Language.SV, ThemeTextAnalysis.languageOf("Organisationerna når dem som myndigheterna inte når."));
        assertEquals(
                Language.EN,
                ThemeTextAnalysis.languageOf("Organisations reach those whom the authorities do not reach."));
        assertEquals(Language.SV, ThemeTextAnalysis.languageOf("Språkcaféer"));
        assertEquals(Language.FI, ThemeTextAnalysis.languageOf("Järjestöt"));
    }

    @Test
    void inflectedFormsShareTheirStemAndStopWordsAreDropped() {
        assertEquals(
                ThemeTextAnalysis.stems("järjestöt").get(0),
                ThemeTextAnalysis.stems("järjestön").get(0));
        assertEquals(
                ThemeTextAnalysis.stems("organisationerna", Language.SV).get(0),
                ThemeTextAnalysis.stems("organisationer", Language.SV).get(0));
        assertEquals(List.of("employ"), ThemeTextAnalysis.stems("the employers"));
        assertTrue(ThemeTextAnalysis.stems("ja että on").isEmpty());
    }

    @Test
    void compoundsShareCharacterGramsWithTheirParts() {
        List<String> compound = ThemeTextAnalysis.features("kotoutumiskoulutus");
        assertTrue(
                ThemeTextAnalysis.features("koulutus").stream()
                        .filter(f -> f.startsWith("g:"))
                        .anyMatch(compound::contains),
                compound.toString());
    }

    @Test
    void aTextLikeTheCodedOnesGetsTheirThemeInAnyOfTheThreeLanguages() {
        ThemeClassifier model = ThemeClassifier.train(ALL, small());
        assertEquals(
                Theme.HEALTH_AND_WELLBEING,
                model.suggest("Terveyspalveluihin tarvitaan tulkkeja ja mielenterveyspalveluita.", Set.of())
                        .get(0)
                        .theme());
        assertEquals(
                Theme.LABOUR_MARKET,
                model.suggest("Employers should recruit more jobseekers with a migrant background.", Set.of())
                        .get(0)
                        .theme());
        assertEquals(
                Theme.ROLE_OF_ORGANISATIONS,
                model.suggest("Föreningarna behöver långsiktig finansiering.", Set.of())
                        .get(0)
                        .theme());
    }

    @Test
    void alreadyCodedAndRejectedThemesAreNotSuggested() {
        ThemeClassifier model = ThemeClassifier.train(ALL, small());
        String text = "Employers should recruit more jobseekers with a migrant background.";
        assertFalse(model.suggest(text, Set.of(Theme.LABOUR_MARKET)).stream()
                .anyMatch(s -> s.theme() == Theme.LABOUR_MARKET));
    }

    @Test
    void aRejectionLowersTheThemeForThatTextAndTextsLikeIt() {
        String text = "Employers and associations should recruit jobseekers together.";
        List<Example> examples = new ArrayList<>(small());
        double before = ThemeClassifier.train(ALL, examples).scores(text).get(Theme.ROLE_OF_ORGANISATIONS);
        examples.add(new Example(text, Set.of(), Set.of(Theme.ROLE_OF_ORGANISATIONS)));
        double after = ThemeClassifier.train(ALL, examples).scores(text).get(Theme.ROLE_OF_ORGANISATIONS);
        assertTrue(after < before, before + " -> " + after);
    }

    @Test
    void aThemeWithFewerThanTwoCodedTextsIsNotSuggestedAndNothingIsSuggestedWithoutData() {
        ThemeClassifier model = ThemeClassifier.train(ALL, small());
        assertFalse(model.themes().contains(Theme.GOOD_RELATIONS));
        assertTrue(ThemeClassifier.train(ALL, List.of())
                .suggest("Anything at all", Set.of())
                .isEmpty());
        assertTrue(model.suggest("", Set.of()).isEmpty());
    }

    @Test
    void trainingIsDeterministic() {
        String text = "Järjestöt tarvitsevat rahoitusta.";
        assertEquals(
                ThemeClassifier.train(ALL, small()).scores(text),
                ThemeClassifier.train(ALL, small()).scores(text));
    }

    @Test
    void onlyThemesOfTheConsultationsListAreLearnt() {
        ThemeClassifier model = ThemeClassifier.train(Set.of(Theme.LABOUR_MARKET), small());
        assertEquals(Set.of(Theme.LABOUR_MARKET), model.themes());
    }

    private static List<Example> small() {
        return List.of(
                coded("Terveyspalveluissa tarvitaan ammattitulkkeja.", Theme.HEALTH_AND_WELLBEING),
                coded("Mielenterveyspalveluihin on pitkät jonot.", Theme.HEALTH_AND_WELLBEING),
                coded("Health services need interpreters and mental health care.", Theme.HEALTH_AND_WELLBEING),
                coded("Employers need to recruit jobseekers fairly.", Theme.LABOUR_MARKET),
                coded("Recruitment discrimination keeps jobseekers out of work.", Theme.LABOUR_MARKET),
                coded("Arbetsgivarna borde rekrytera fler arbetssökande.", Theme.LABOUR_MARKET),
                coded("Järjestöt tarvitsevat pitkäjänteistä rahoitusta.", Theme.ROLE_OF_ORGANISATIONS),
                coded("Föreningarna behöver finansiering för sitt arbete.", Theme.ROLE_OF_ORGANISATIONS),
                coded("Organisationerna och föreningarna är partner.", Theme.ROLE_OF_ORGANISATIONS),
                coded("Associations need long-term funding.", Theme.ROLE_OF_ORGANISATIONS),
                coded("Racism online must be tackled.", Theme.GOOD_RELATIONS));
    }

    private static Example coded(String text, Theme theme) {
        return new Example(text, Set.of(theme), Set.of());
    }
}
