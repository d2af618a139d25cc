package fi.cocreate.forum.panel.boundary;

import java.io.Serializable;

/**
 * How far one panellist is with a call: assigned applications, scores submitted, drafts started and conflicts
 * declared.
 */
public record PanellistProgress(long memberId, String name, String email, int assigned, int submitted, int drafts,
        int conflicts) implements Serializable {

    /** Share submitted, 0–100. */
    public int percent() {
        return assigned == 0 ? 0 : Math.round(100f * submitted / assigned);
    }
}
