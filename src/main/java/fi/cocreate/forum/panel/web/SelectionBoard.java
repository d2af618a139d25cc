package fi.cocreate.forum.panel.web;

import fi.cocreate.common.Found;
import fi.cocreate.common.web.Notices;
import fi.cocreate.forum.control.RuleViolation;
import fi.cocreate.forum.panel.boundary.CandidateRow;
import fi.cocreate.forum.panel.boundary.Panels;
import fi.cocreate.forum.panel.boundary.SelectionRun;
import fi.cocreate.forum.panel.boundary.Selections;
import fi.cocreate.forum.panel.control.SelectionDimension;
import fi.cocreate.forum.panel.entity.PanelRound;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Min;
import java.io.Serializable;
import java.util.List;

/**
 * Staff run the selection: forum size and waiting list, locks, the solver's proposal beside the pool and the top-k
 * group, the reason for every candidate, and the confirmation that sends the decision mails. The rules are edited on
 * the same page by {@link SelectionRulesEditor}.
 */
@Named
@ViewScoped
public class SelectionBoard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Selections selections;

    @Inject
    Panels panels;

    @Inject
    PanelLabels labels;

    private Long callId;
    private PanelRound round;
    private SelectionRun run;

    @Min(1)
    private int forumSize;

    @Min(0)
    private int waitingListSize;

    public void load() {
        Found.found(callId, "forum.call.notFound"); // no id in the address: the 404 page
        round = panels.round(callId);
        forumSize = round.getForumSize();
        waitingListSize = round.getWaitingListSize();
    }

    public void saveSizes() {
        round = selections.setSizes(callId, forumSize, waitingListSize);
        Notices.info("panel.saved");
    }

    public void run() {
        run = selections.run(callId);
    }

    /** Locks a candidate in ("in"), out ("out") or removes the lock (anything else), then runs again. */
    public void lock(CandidateRow row, String how) {
        selections.lock(
                row.applicationId(), "in".equals(how) ? Boolean.TRUE : "out".equals(how) ? Boolean.FALSE : null);
        run();
    }

    public void confirm() {
        run = selections.confirm(callId);
        round = panels.round(callId);
        Notices.info("panel.selection.confirmed", run.result().selectedIds().size());
    }

    public SelectionDimension[] getDimensions() {
        return SelectionDimension.values();
    }

    public String chart(SelectionDimension dimension) {
        return CompositionCharts.bar(
                run,
                dimension,
                labels,
                labels.dimension(dimension),
                Notices.text("panel.selection.pool"),
                Notices.text("panel.selection.proposed"),
                Notices.text("panel.selection.topK"));
    }

    public double share(int count, String of) {
        int total = switch (of) {
            case "pool" -> run.candidates().size();
            case "topK" ->
                (int) run.candidates().stream().filter(CandidateRow::inTopK).count();
            default ->
                (int) run.candidates().stream().filter(CandidateRow::isSelected).count();
        };
        return CompositionCharts.share(count, total);
    }

    /** Whether a violation is one limit of a reported conflict (shown with its conflict, not on its own). */
    public boolean inConflict(RuleViolation violation) {
        return run.result().conflicts().stream().anyMatch(c -> c.gives().contains(violation));
    }

    public List<CandidateRow> getWaitingList() {
        return run.candidates().stream().filter(c -> c.waitingPosition() > 0).toList();
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
    }

    public PanelRound getRound() {
        return round;
    }

    public SelectionRun getRun() {
        return run;
    }

    public int getForumSize() {
        return forumSize;
    }

    public void setForumSize(int forumSize) {
        this.forumSize = forumSize;
    }

    public int getWaitingListSize() {
        return waitingListSize;
    }

    public void setWaitingListSize(int waitingListSize) {
        this.waitingListSize = waitingListSize;
    }
}
