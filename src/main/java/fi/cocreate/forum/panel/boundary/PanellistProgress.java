package fi.cocreate.forum.panel.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * How far one panellist is with a call: assigned applications, scores submitted, drafts started and conflicts
 * declared, and when they were last reminded of the rest.
 *
 * @param remindedAt the last reminder mail, or null if never reminded
 */
public record PanellistProgress(
        long memberId,
        String name,
        String email,
        int assigned,
        int submitted,
        int drafts,
        int conflicts,
        Instant remindedAt)
        implements Serializable {

    /** Share submitted, 0–100. */
    public int percent() {
        return assigned == 0 ? 0 : Math.round(100f * submitted / assigned);
    }

    /** Behind: at least one assigned application still without a submitted score. */
    public boolean behind() {
        return submitted < assigned;
    }

    /** Assigned applications without a submitted score. */
    public int open() {
        return Math.max(0, assigned - submitted);
    }
}
