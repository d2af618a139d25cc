package fi.cocreate.forum.panel.web;

import fi.cocreate.common.Found;
import fi.cocreate.forum.panel.boundary.PanelResults;
import fi.cocreate.forum.panel.boundary.Panels;
import fi.cocreate.forum.panel.boundary.ScoredApplication;
import fi.cocreate.forum.panel.entity.PanelRound;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Staff see the aggregated scores: means, spread, and the applications flagged for discussion. */
@Named
@ViewScoped
public class ResultsBoard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PanelResults results;

    @Inject
    Panels panels;

    private Long callId;
    private List<ScoredApplication> rows;
    private PanelRound round;

    public void load() {
        Found.found(callId, "forum.call.notFound"); // no id in the address: the 404 page
        round = panels.round(callId);
        rows = results.aggregate(callId);
    }

    public long getFlagged() {
        return rows.stream()
                .filter(r -> r.isScored() && r.score().disagreement())
                .count();
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
    }

    public List<ScoredApplication> getRows() {
        return rows;
    }

    public PanelRound getRound() {
        return round;
    }
}
