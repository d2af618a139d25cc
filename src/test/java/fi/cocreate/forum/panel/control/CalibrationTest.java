package fi.cocreate.forum.panel.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.forum.control.AggregationSettings;
import fi.cocreate.forum.control.Criterion;
import fi.cocreate.forum.control.NormalisationScope;
import fi.cocreate.forum.control.PanelScore;
import fi.cocreate.forum.control.Rubric;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationTest {

    private static final Rubric ONE = Rubric.of(new Criterion("c", 1));
    private static final AggregationSettings SETTINGS =
            AggregationSettings.defaults().withNormalisation(NormalisationScope.PER_PANELLIST);

    private static PanelScore score(String panellist, String application, int value) {
        return new PanelScore(panellist, application, "c", value);
    }

    /**
     * A lenient panellist gave 5 and 4, a strict one 3 and 1. By raw means the lenient panellist's two applications
     * are the top 2; normalised, each panellist's better application scores the same, so the strict panellist's
     * best (raw place 3) moves in and the lenient panellist's second (raw place 2) moves out.
     */
    private static final List<PanelScore> LENIENT_AND_STRICT =
            List.of(score("L", "1", 5), score("L", "2", 4), score("H", "3", 3), score("H", "4", 1));

    @Test
    void eachPanellistsMeanAndSpreadAreSetAgainstThePanels() {
        Calibration.Report report = Calibration.of(ONE, SETTINGS, List.of("1", "2", "3", "4"), LENIENT_AND_STRICT, 2);
        assertEquals(4, report.panel().count());
        assertEquals(3.25, report.panel().mean(), 1e-12);
        assertEquals(Math.sqrt(2.1875), report.panel().spread(), 1e-12);
        assertArrayEquals(
                new int[] {1, 0, 1, 1, 1},
                report.panel().levels().stream().mapToInt(report.panel()::at).toArray());

        Calibration.Panellist strict = report.panellists().get(0);
        Calibration.Panellist lenient = report.panellists().get(1);
        assertEquals("H", strict.panellistId());
        assertEquals(2, strict.applications());
        assertEquals(2.0, strict.values().mean(), 1e-12);
        assertEquals(1.0, strict.values().spread(), 1e-12);
        assertEquals(-1.25, strict.offset(), 1e-12);
        assertEquals("L", lenient.panellistId());
        assertEquals(4.5, lenient.values().mean(), 1e-12);
        assertEquals(0.5, lenient.values().spread(), 1e-12);
        assertEquals(1.25, lenient.offset(), 1e-12, "more lenient than the panel by 1.25 points");
        assertEquals(1, lenient.values().at(5));
        assertEquals(1, lenient.values().at(4));
        assertEquals(0, lenient.values().at(1));
    }

    @Test
    void normalisationMovesTheStrictPanellistsBestIntoTheTopKAndTheLenientOnesSecondOut() {
        Calibration.Report report = Calibration.of(ONE, SETTINGS, List.of("1", "2", "3", "4"), LENIENT_AND_STRICT, 2);
        assertEquals(
                List.of(new Calibration.Move("3", 3, 2, 3.0, 3.25 + Math.sqrt(2.1875))),
                report.movedIn().stream()
                        .map(m -> new Calibration.Move(
                                m.applicationId(),
                                m.rawRank(),
                                m.normalisedRank(),
                                m.rawMean(),
                                round(m.normalisedMean(), 3.25 + Math.sqrt(2.1875))))
                        .toList());
        assertEquals(1, report.movedOut().size());
        Calibration.Move out = report.movedOut().get(0);
        assertEquals("2", out.applicationId());
        assertEquals(2, out.rawRank());
        assertEquals(3, out.normalisedRank());
        assertEquals(4.0, out.rawMean(), 1e-12);
        assertEquals(3.25 - Math.sqrt(2.1875), out.normalisedMean(), 1e-9);
    }

    @Test
    void aTopKThatHoldsEveryoneOrPanellistsWhoAgreeMoveNobody() {
        assertTrue(Calibration.of(ONE, SETTINGS, List.of("1", "2", "3", "4"), LENIENT_AND_STRICT, 4)
                .movedIn()
                .isEmpty());
        List<PanelScore> same = List.of(
                score("A", "1", 5),
                score("A", "2", 3),
                score("B", "1", 5),
                score("B", "2", 3),
                score("A", "3", 1),
                score("B", "3", 1));
        Calibration.Report report = Calibration.of(ONE, SETTINGS, List.of("1", "2", "3"), same, 1);
        assertEquals(List.of(), report.movedIn());
        assertEquals(List.of(), report.movedOut());
        assertEquals(0.0, report.panellists().get(0).offset(), 1e-12);
    }

    @Test
    void tiesGoToTheLowerApplicationNumberComparedAsNumbers() {
        // 999 (lenient A) and 1000 (strict B) tie on the raw mean; normalised, 1000 is ahead. By number 999 holds the
        // raw place 2 and normalisation moves 1000 in; compared as text, "1000" would hold it and nothing would move.
        List<PanelScore> tie =
                List.of(score("A", "5", 5), score("A", "999", 4), score("B", "1000", 4), score("B", "6", 1));
        Calibration.Report report = Calibration.of(ONE, SETTINGS, List.of("5", "6", "999", "1000"), tie, 2);
        assertEquals(
                List.of("1000"),
                report.movedIn().stream().map(Calibration.Move::applicationId).toList());
        assertEquals(3, report.movedIn().get(0).rawRank());
        assertEquals(2, report.movedIn().get(0).normalisedRank());
        assertEquals(
                List.of("999"),
                report.movedOut().stream().map(Calibration.Move::applicationId).toList());
    }

    /** The value if it is within 1e-9 of the expected one, so that records compare exactly. */
    private static double round(double value, double expected) {
        return Math.abs(value - expected) < 1e-9 ? expected : value;
    }
}
