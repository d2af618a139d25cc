package fi.cocreate.forum.panel.web;

import fi.cocreate.common.Found;
import fi.cocreate.common.web.Notices;
import fi.cocreate.forum.panel.boundary.ApplicationProgress;
import fi.cocreate.forum.panel.boundary.PanelAssignments;
import fi.cocreate.forum.panel.boundary.PanellistProgress;
import fi.cocreate.forum.panel.boundary.Reminders;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Staff follow the scoring: per panellist (who is behind, when reminded) and per application; and remind. */
@Named
@ViewScoped
public class ProgressBoard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PanelAssignments assignments;

    private Long callId;
    private List<PanellistProgress> panellists;
    private List<ApplicationProgress> applications;

    public void load() {
        Found.found(callId, "forum.call.notFound"); // no id in the address: the 404 page
        refresh();
    }

    private void refresh() {
        panellists = assignments.progress(callId);
        applications = assignments.applicationProgress(callId);
    }

    public void remind() {
        Reminders done = assignments.remindThoseBehind(callId);
        if (done.sent().isEmpty()) {
            Notices.info("panel.progress.remindedNone", done.skipped());
        } else {
            Notices.info("panel.progress.reminded", done.sent().size(), done.skipped());
        }
        refresh();
    }

    public long getBehind() {
        return panellists.stream().filter(PanellistProgress::behind).count();
    }

    public long getIncomplete() {
        return applications.stream().filter(a -> !a.complete()).count();
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
    }

    public List<PanellistProgress> getPanellists() {
        return panellists;
    }

    public List<ApplicationProgress> getApplications() {
        return applications;
    }
}
