package fi.cocreate.forum.panel.boundary;

import java.io.Serializable;

/**
 * How far the scoring of one application is, for staff: submitted scores of the panellists assigned to it, and how
 * many panellists the round asks for.
 *
 * @param assigned  panellists assigned now (removed assignments and declared conflicts not counted)
 * @param submitted submitted scores
 * @param wanted    panellists per application the round asks for
 */
public record ApplicationProgress(long applicationId, String applicantName, int assigned, int submitted, int wanted)
        implements Serializable {

    /** Every assigned panellist has submitted, and at least as many as the round asks for are assigned. */
    public boolean complete() {
        return submitted >= assigned && assigned >= wanted;
    }
}
