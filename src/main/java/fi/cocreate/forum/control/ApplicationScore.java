package fi.cocreate.forum.control;

import java.io.Serializable;

/**
 * The aggregated score of one application that at least one panellist scored.
 *
 * <p>Both means are on the 1–5 rubric scale. {@code normalisedMean} is the one to rank by; {@code rawMean}
 * is what panellists actually gave and is shown for transparency. The normalised mean can fall slightly
 * outside 1–5 (it is not clamped, because clamping would create artificial ties at the ends).
 *
 * @param applicationId  the application
 * @param rawMean        weighted mean of the per-criterion means of the raw values
 * @param normalisedMean the same after per-panellist z-scaling mapped back to the global mean and spread
 * @param panellistCount number of distinct panellists who scored the application
 * @param missingScores  criterion scores missing from those panellists (0 when every panellist scored
 *                       every criterion)
 * @param spread         population standard deviation of the panellists' raw weighted totals (0 with one
 *                       panellist)
 * @param range          highest minus lowest panellist total (0 with one panellist)
 * @param disagreement   whether spread or range crossed the thresholds of {@link AggregationSettings}
 */
public record ApplicationScore(
        String applicationId,
        double rawMean,
        double normalisedMean,
        int panellistCount,
        int missingScores,
        double spread,
        double range,
        boolean disagreement)
        implements Serializable {}
