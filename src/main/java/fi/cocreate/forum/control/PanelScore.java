package fi.cocreate.forum.control;

import java.util.Objects;

/**
 * One value given by one panellist to one application on one criterion of the {@link Rubric}.
 *
 * <p>The value must lie on the rubric scale ({@link Rubric#MIN_VALUE}–{@link Rubric#MAX_VALUE}); this is
 * checked here so that an out-of-range value can never reach the aggregation.
 *
 * @param panellistId   who gave the score
 * @param applicationId the application scored
 * @param criterionId   the rubric criterion scored
 * @param value         integer on the rubric scale
 */
public record PanelScore(String panellistId, String applicationId, String criterionId, int value) {

    public PanelScore {
        Objects.requireNonNull(panellistId, "panellistId");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(criterionId, "criterionId");
        if (value < Rubric.MIN_VALUE || value > Rubric.MAX_VALUE) {
            throw new IllegalArgumentException("score value must be between " + Rubric.MIN_VALUE + " and "
                    + Rubric.MAX_VALUE + ", was " + value + " (" + panellistId + ", " + applicationId + ", "
                    + criterionId + ")");
        }
    }
}
