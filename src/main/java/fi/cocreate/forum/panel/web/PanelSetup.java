package fi.cocreate.forum.panel.web;

import fi.cocreate.common.Found;
import fi.cocreate.common.web.Notices;
import fi.cocreate.forum.entity.ForumCall;
import fi.cocreate.forum.panel.boundary.PanelAssignments;
import fi.cocreate.forum.panel.boundary.PanelGuard;
import fi.cocreate.forum.panel.boundary.PanellistProgress;
import fi.cocreate.forum.panel.boundary.Panels;
import fi.cocreate.forum.panel.entity.PanelMember;
import fi.cocreate.forum.panel.entity.PanelRound;
import fi.cocreate.identity.entity.Account;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.Serializable;
import java.util.List;

/** Staff set up a call's panel: the round's settings, who is on the panel, and everyone's progress. */
@Named
@ViewScoped
public class PanelSetup implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Panels panels;

    @Inject
    PanelAssignments assignments;

    @Inject
    PanelGuard guard;

    private Long callId;
    private ForumCall call;
    private PanelRound round;
    private List<PanelMember> members;
    private List<Account> panellists;
    private List<PanellistProgress> progress;
    private String appointEmail;
    private boolean blind;
    private boolean scoringStarted;

    @Min(1)
    @Max(PanelRound.MAX_REVIEWERS)
    private int reviewers;

    private boolean normalise;

    @DecimalMin("0")
    @DecimalMax("4")
    private double spread;

    @DecimalMin("0")
    @DecimalMax("4")
    private double range;

    public void load() {
        Found.found(callId, "forum.call.notFound"); // no id in the address: the 404 page
        call = guard.call(callId);
        round = panels.round(callId);
        reviewers = round.getReviewersPerApplication();
        normalise = round.isNormalise();
        spread = round.getSpreadThreshold();
        range = round.getRangeThreshold();
        blind = round.isBlind();
        refresh();
    }

    private void refresh() {
        members = panels.members(callId);
        panellists = panels.panellists();
        progress = assignments.progress(callId);
        scoringStarted = panels.scoringStarted(callId);
    }

    public void saveSettings() {
        round = panels.configure(callId, reviewers, normalise, spread, range);
        Notices.info("panel.saved");
    }

    public void saveBlind() {
        round = panels.setBlind(callId, blind);
        Notices.info(blind ? "panel.blind.on" : "panel.blind.off");
    }

    public void reveal() {
        round = panels.reveal(callId);
        Notices.info("panel.blind.revealed");
    }

    /** The blind-review choice can no longer change: scoring started or the applicants were revealed. */
    public boolean isBlindLocked() {
        return scoringStarted || round.getRevealedAt() != null;
    }

    public boolean isBlind() {
        return blind;
    }

    public void setBlind(boolean blind) {
        this.blind = blind;
    }

    public void appoint() {
        panels.appoint(callId, appointEmail);
        Notices.info("panel.member.appointed", appointEmail);
        appointEmail = null;
        refresh();
    }

    public void dismiss(PanelMember member) {
        panels.dismiss(member.getId());
        Notices.info("panel.member.dismissed", member.getAccount().getEmail());
        refresh();
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
    }

    public ForumCall getCall() {
        return call;
    }

    public PanelRound getRound() {
        return round;
    }

    public List<PanelMember> getMembers() {
        return members;
    }

    public List<Account> getPanellists() {
        return panellists;
    }

    public List<PanellistProgress> getProgress() {
        return progress;
    }

    public String getAppointEmail() {
        return appointEmail;
    }

    public void setAppointEmail(String appointEmail) {
        this.appointEmail = appointEmail;
    }

    public int getReviewers() {
        return reviewers;
    }

    public void setReviewers(int reviewers) {
        this.reviewers = reviewers;
    }

    public boolean isNormalise() {
        return normalise;
    }

    public void setNormalise(boolean normalise) {
        this.normalise = normalise;
    }

    public double getSpread() {
        return spread;
    }

    public void setSpread(double spread) {
        this.spread = spread;
    }

    public double getRange() {
        return range;
    }

    public void setRange(double range) {
        this.range = range;
    }
}
