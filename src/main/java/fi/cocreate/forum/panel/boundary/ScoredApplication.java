package fi.cocreate.forum.panel.boundary;

import fi.cocreate.forum.control.ApplicationScore;
import java.io.Serializable;

/**
 * One application with its aggregated score, for the results page and the selection.
 *
 * @param applicationId the application
 * @param applicantName who applied
 * @param score         the aggregate of the submitted scores, or null while nobody has scored it
 * @param rankingScore  the score the selection uses (normalised or raw mean as the round says), 0 when unscored
 */
public record ScoredApplication(long applicationId, String applicantName, ApplicationScore score, double rankingScore)
        implements Serializable {

    public boolean isScored() {
        return score != null;
    }
}
